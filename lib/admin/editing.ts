import { z } from 'zod';
import type { EditConflict, FormState } from '@/lib/form-state';

/*
 * What the event, video and CME editors share: status transitions, slugs from titles, the
 * answers for a refused save, and the field shapes (safe addresses, zones, dates). Pure: no
 * database, so the rules are tested on their own.
 */

export const EDITABLE_STATUSES = ['draft', 'scheduled', 'published', 'archived'] as const;
export type EditableStatus = (typeof EDITABLE_STATUSES)[number];

/** What a status button asks for. */
export const TRANSITIONS = ['publish', 'schedule', 'unpublish', 'archive'] as const;
export type Transition = (typeof TRANSITIONS)[number];

/** Which transitions each status allows: draft → scheduled/published → archived; unpublish back to draft. */
const ALLOWED: Record<EditableStatus, readonly Transition[]> = {
  draft: ['publish', 'schedule', 'archive'],
  scheduled: ['publish', 'schedule', 'unpublish', 'archive'],
  published: ['unpublish', 'archive'],
  archived: ['unpublish'],
};

export function allowedTransitions(status: EditableStatus): readonly Transition[] {
  return ALLOWED[status];
}

/** The status and publish time after a transition, or an error message when it is not allowed. */
export function applyTransition(
  current: { status: EditableStatus; publishedAt: Date | null },
  transition: Transition,
  publishAt: Date | null,
  now: Date = new Date(),
): { status: EditableStatus; publishedAt: Date | null } | { error: string; field?: string } {
  if (!ALLOWED[current.status].includes(transition)) {
    return { error: `A ${current.status} item cannot be ${pastTense(transition)}.` };
  }
  switch (transition) {
    case 'publish':
      return { status: 'published', publishedAt: now };
    case 'schedule':
      if (!publishAt) return { error: 'Choose when to publish it.', field: 'publishAt' };
      if (publishAt.getTime() <= now.getTime()) return { error: 'Choose a time in the future, or publish it now.', field: 'publishAt' };
      return { status: 'scheduled', publishedAt: publishAt };
    case 'unpublish':
      return { status: 'draft', publishedAt: null };
    case 'archive':
      return { status: 'archived', publishedAt: current.publishedAt };
  }
}

function pastTense(transition: Transition): string {
  return { publish: 'published', schedule: 'scheduled', unpublish: 'unpublished', archive: 'archived' }[transition];
}

/** A slug from a title: lower-case words of letters and digits joined by hyphens, accents dropped. */
export function slugFromTitle(title: string, maxLength = 120): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  return slug || 'untitled';
}

/** A unique violation from PostgreSQL (23505), by constraint name when given. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint_name: name } = e as { code?: unknown; constraint_name?: unknown };
    if (code === '23505') return constraint === undefined || name === constraint;
  }
  return false;
}

export const CONFLICT_MESSAGE =
  'This item was changed since you opened it. Nothing was saved: compare the saved version with yours below, then save again.';

/** The answer to a save that named an older version: nothing saved, both versions shown. */
export function conflictState(
  current: { version: number; savedBy: string | null; savedAt: Date; fields: Record<string, string> },
  values: Record<string, string>,
): FormState & { conflict: EditConflict } {
  return {
    status: 'error',
    message: CONFLICT_MESSAGE,
    conflict: { version: current.version, savedBy: current.savedBy, savedAt: current.savedAt.toISOString(), fields: current.fields },
    values,
  };
}

/** The answer to an invalid field found after parsing (a taken slug, a part already in the series). */
export function fieldError(field: string, message: string, values: Record<string, string>): FormState {
  return fieldErrors({ [field]: [message] }, values);
}

/** The same for several fields at once. */
export function fieldErrors(errors: Record<string, string[]>, values: Record<string, string>): FormState {
  return { status: 'error', message: 'Please correct the fields marked below.', fieldErrors: errors, values };
}

/** The names of the snapshot fields that differ between two saves: the audit row's summary. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return Object.keys(after).filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null));
}

// ---------------------------------------------------------------------------------------------
// Field shapes (zod), for the forms' text fields.

/** An optional text field: blank → null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .optional()
    .transform((value) => (value ? value : null));

/** An http(s) address only: never javascript:, data: or a relative one. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const optionalHttpUrl = z
  .string()
  .trim()
  .max(2000, 'At most 2,000 characters.')
  .optional()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || isHttpUrl(value), 'Enter an address that starts with https:// or http://.');

export const slugField = z
  .string()
  .trim()
  .max(120, 'At most 120 characters.')
  .optional()
  .transform((value) => value ?? '')
  .refine((value) => value === '' || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value), 'Use lower-case letters, digits and single hyphens (or leave it blank to make one from the title).');

export const idField = z.coerce.number().int().positive();
export const versionField = z.coerce.number({ message: 'Reload the page: the form lost its version.' }).int().positive();

/** An optional id from a select or hidden field: blank → none. */
export const optionalId = (message: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value ? Number(value) : null))
    .refine((value) => value === null || (Number.isInteger(value) && value > 0), message);

/** A specialty's id from a select: blank → none. */
export const specialtyField = z
  .string()
  .optional()
  .transform((value) => (value ? Number(value) : null))
  .refine((value) => value === null || (Number.isInteger(value) && value > 0), 'Choose a specialty from the list.');

/** An IANA time zone the runtime knows (Europe/Vienna, Asia/Kolkata, UTC). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The zone's offset from UTC in milliseconds at an instant. */
function zoneOffset(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** A wall-clock time (`2026-05-01T09:00`, as a datetime-local input sends it) in a zone → the instant; null if malformed. */
export function zonedToInstant(local: string, zone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s || 0);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo! - 1 || check.getUTCDate() !== d! || h! > 23 || mi! > 59) return null;
  // Twice: the offset at the guessed instant may differ across a change of clocks.
  let instant = wall - zoneOffset(wall, zone);
  instant = wall - zoneOffset(instant, zone);
  return new Date(instant);
}

/** The instant as a wall-clock time in a zone, for a datetime-local input. */
export function instantToZoned(instant: Date, zone: string): string {
  const shifted = new Date(instant.getTime() + zoneOffset(instant.getTime(), zone));
  return shifted.toISOString().slice(0, 16);
}

/** A calendar date (YYYY-MM-DD) that exists. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What a form's cross-field rules are given: whether fields may be compared, and where to say what is wrong. */
export type FieldRules = {
  /** Whether each of these fields passed its own checks (a refused one holds no value worth comparing). */
  isValid(...fields: string[]): boolean;
  /** A message beside `field`; none when the field already has its own. */
  issue(field: string, message: string): void;
};

/**
 * A form's fields checked together, every message at once. zod skips an object's transform
 * when any field was refused, and its refinements when one was refused outright (a choice not
 * on the list), so a form with an empty title and an end before its start used to hear of the
 * end only on the next save. Here `read` runs beside the fields' own checks, comparing only the
 * fields that passed them, and once more on a valid form to build the parsed input (the same
 * rules then find nothing).
 */
export function withFieldRules<S extends z.ZodType<Record<string, unknown>>, Out>(schema: S, read: (fields: z.output<S>, rules: FieldRules) => Out) {
  return schema
    .superRefine(
      (fields, context) => {
        const hasIssue = (field: string) => context.issues.some((issue) => issue.path?.[0] === field);
        read(fields, {
          isValid: (...names) => !names.some(hasIssue),
          issue: (field, message) => {
            if (!hasIssue(field)) context.addIssue({ code: 'custom', path: [field], message });
          },
        });
      },
      // Even with fields refused, but only on an object of fields: a request can send anything.
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    )
    .transform((fields, context) =>
      read(fields, {
        isValid: () => true,
        issue: (field, message) => context.addIssue({ code: 'custom', path: [field], message }),
      }),
    );
}

/** The schema of a status button's form. */
export const TransitionInput = z.object({
  id: idField,
  version: versionField,
  transition: z.enum(TRANSITIONS, { message: 'Choose what to do.' }),
  /** UTC instant from the schedule field, as an ISO string or a datetime-local in UTC. */
  publishAt: z
    .string()
    .optional()
    .transform((value) => {
      if (!value) return null;
      const date = zonedToInstant(value, 'UTC') ?? new Date(value);
      return Number.isNaN(date.getTime()) ? null : date;
    }),
});

export const RestoreInput = z.object({ id: idField, version: versionField, revision: z.coerce.number().int().positive() });

/** A list's filters from the address: status, a title search, a page. */
export const ListFilter = z.object({
  status: z.enum(EDITABLE_STATUSES).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(5000).catch(1).default(1),
});
export type ListFilter = z.infer<typeof ListFilter>;

export function readListFilter(params: Record<string, string | string[] | undefined>): ListFilter {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  return ListFilter.parse({ status: first(params.status), q: first(params.q), page: first(params.page) ?? 1 });
}

export const ADMIN_PAGE_SIZE = 25;

/** A LIKE pattern matching the text anywhere, its wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** An id from an address segment, or null when it is not one. */
export function parseItemId(raw: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
}
