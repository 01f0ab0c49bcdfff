import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { audit } from '@/lib/audit';
import type { Viewer } from '@/lib/auth/session';
import { db, type Executor } from '@/lib/db/client';
import { specialties } from '@/lib/db/schema';
import type { EditConflict, FormState } from '@/lib/form-state';
import { getRevision, lastEditorName, recordRevision, type RevisionItemType } from './revisions';

/*
 * What the event, video, series and CME editors share: status transitions, slugs from titles,
 * the answers for a refused save, the field shapes (safe addresses, zones, dates), and, at the
 * end, the one versioned save they all go through (makeVersionedEditor). The rules above it
 * are pure, so they are tested on their own.
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

/** A specialty's slug by its id: the specialty page an item's change refreshes. */
export async function specialtySlugOf(id: number | null, executor: Executor = db): Promise<string | null> {
  if (id === null) return null;
  const [row] = await executor.select({ slug: specialties.slug }).from(specialties).where(eq(specialties.id, id)).limit(1);
  return row?.slug ?? null;
}

/** Whether readers' pages change: a status that moved, or an edit of an item they see now or at its time. */
export function isSeenByReaders(before: { status: EditableStatus }, after: { status: EditableStatus }): boolean {
  return before.status !== after.status || after.status === 'published' || after.status === 'scheduled';
}

// ---------------------------------------------------------------------------------------------
// The versioned save: every kind but posts (whose authors' rules are their own) goes through it.

/** What a write answers: the form's state, with the item's id when it went through. */
export type SaveResult = FormState & { id?: number };

/**
 * A refusal only the save's own transaction can find (a CME test that doctors have taken):
 * thrown there, it undoes the whole save, and the form shows its message with what was typed.
 */
export class SaveRefusal extends Error {}

/** A field that must be unique, by its index: checked before the save, and caught at the index when a race beats the check. */
export type UniqueField<Input> = {
  field: string;
  constraint: string;
  message: string;
  isTaken(input: Input, exceptId: number | null): Promise<boolean>;
};

type VersionedTable = PgTable & { id: AnyPgColumn; slug: AnyPgColumn; version: AnyPgColumn };
type VersionedRow = { id: number; version: number; slug: string; title: string; updatedAt: Date };
type StatusRow = VersionedRow & { status: EditableStatus; publishedAt: Date | null };

/** What is particular to one kind; the save, the lock, the revision and the audit row are the same for all. */
export type VersionedKind<Row extends VersionedRow, Input extends { title: string; slug: string }> = {
  table: VersionedTable;
  itemType: RevisionItemType;
  /** The audit actions' prefix: `event` for event.create, event.update, event.publish… */
  auditName: string;
  /** How messages name one: "This event no longer exists." */
  noun: string;
  createdMessage: string;
  /** The form's fields, to read a revision back before restoring it. */
  fields: z.ZodType<Input>;
  /** The row's columns from the form's input, with its slug. */
  columnsOf(input: Input, slug: string): Partial<Row>;
  /** Columns only a new item gets: its status, its author. */
  newColumns?(viewer: Pick<Viewer, 'id'>): Partial<Row>;
  /** The form's fields as a row holds them: each revision's snapshot, and what a refused save shows. */
  formFields(executor: Executor, row: Row): Promise<Record<string, string>>;
  slugTaken: { message: string; constraint: string };
  /** Another unique field (a video's part number in its series). */
  alsoUnique?: UniqueField<Input>;
  /** More writes in the save's transaction, after the row's (a CME activity's questions). */
  writeAlso?(tx: Executor, row: Row, input: Input): Promise<void>;
  /** The new item's audit details besides its title and status. */
  createdDetails?(input: Input): Record<string, unknown>;
  /** Form fields the audit row's list of changes leaves out (one that only mirrors others). */
  unaudited?: readonly string[];
  /** A kind's own rule on a transition (CME: no publishing without a test): the refusal's message, or null. */
  checkTransition?(tx: Executor, before: Row, status: EditableStatus): Promise<string | null>;
  /** Refreshes the pages readers see the item on, after a save or transition has committed. */
  revalidate(before: Row, after: Row): Promise<void>;
};

/**
 * A kind's create, save (optimistic lock on `version`: a save names the version its form was
 * opened at, and a later one is refused with the saved fields beside what was typed), status
 * transition and restore-a-revision. Every write keeps a revision and an audit row in its own
 * transaction; readers' pages are refreshed after the commit.
 */
export function makeVersionedEditor<Row extends VersionedRow, Input extends { title: string; slug: string }>(kind: VersionedKind<Row, Input>) {
  const { table } = kind;
  const gone: SaveResult = { status: 'error', message: `This ${kind.noun} no longer exists.` };
  const stale: SaveResult = { status: 'error', message: `This ${kind.noun} was changed since you opened it. Reload the page to see the saved version, then try again.` };
  const uniqueFields = [{ field: 'slug', ...kind.slugTaken }, ...(kind.alsoUnique ? [kind.alsoUnique] : [])];

  async function load(executor: Executor, id: number): Promise<Row | null> {
    const [row] = await executor.select().from(table).where(eq(table.id, id)).limit(1);
    return (row as Row | undefined) ?? null;
  }

  /** Writes over the version the caller started from: null when someone else saved it since. */
  async function updateVersion(tx: Executor, id: number, version: number, columns: Record<string, unknown>): Promise<Row | null> {
    const [row] = await tx
      .update(table)
      .set({ ...columns, version: sql`${table.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(table.id, id), eq(table.version, version)))
      .returning();
    return (row as Row | undefined) ?? null;
  }

  /** Every unique field the input would collide on, each with its message (all at once), or null. */
  async function findTaken(input: Input, slug: string, exceptId: number | null): Promise<Record<string, string[]> | null> {
    const taken: Record<string, string[]> = {};
    const [other] = await db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.slug, slug), exceptId === null ? undefined : ne(table.id, exceptId)))
      .limit(1);
    if (other) taken.slug = [kind.slugTaken.message];
    if (kind.alsoUnique && (await kind.alsoUnique.isTaken(input, exceptId))) taken[kind.alsoUnique.field] = [kind.alsoUnique.message];
    return Object.keys(taken).length ? taken : null;
  }

  /** A write's expected failure as the form shows it, with what was typed; null for anything else. */
  function refusalOf(error: unknown, kept: Record<string, string>): SaveResult | null {
    if (error instanceof SaveRefusal) return { status: 'error', message: error.message, values: kept };
    const unique = uniqueFields.find((candidate) => isUniqueViolation(error, candidate.constraint));
    return unique ? fieldError(unique.field, unique.message, kept) : null;
  }

  async function conflictAt(tx: Executor, id: number, kept: Record<string, string>): Promise<SaveResult> {
    const current = await load(tx, id);
    if (!current) return gone;
    const savedBy = await lastEditorName(tx, kind.itemType, id, current.version);
    return conflictState({ version: current.version, savedBy, savedAt: current.updatedAt, fields: await kind.formFields(tx, current) }, kept);
  }

  /** The item and its form's fields for its edit page, or null. */
  async function getForEdit(id: number): Promise<(Row & { fields: Record<string, string> }) | null> {
    const row = await load(db, id);
    return row ? { ...row, fields: await kind.formFields(db, row) } : null;
  }

  /** A new item (a draft, for kinds with a status). */
  async function create(viewer: Pick<Viewer, 'id'>, input: Input, values: Record<string, string>): Promise<SaveResult> {
    const slug = input.slug || slugFromTitle(input.title);
    const kept = { ...values, slug };
    const taken = await findTaken(input, slug, null);
    if (taken) return fieldErrors(taken, kept);
    try {
      const id = await db.transaction(async (tx) => {
        const [inserted] = await tx
          .insert(table)
          .values({ ...kind.columnsOf(input, slug), ...kind.newColumns?.(viewer) })
          .returning();
        const row = inserted as Row;
        await kind.writeAlso?.(tx, row, input);
        await recordRevision(tx, { itemType: kind.itemType, itemId: row.id, version: row.version, snapshot: await kind.formFields(tx, row), editorId: viewer.id, note: 'Created' });
        const status = 'status' in row ? { status: row.status } : {};
        await audit(tx, { actorId: viewer.id, action: `${kind.auditName}.create`, subjectType: kind.itemType, subjectId: row.id, details: { title: row.title, ...status, ...kind.createdDetails?.(input) } });
        return row.id;
      });
      return { status: 'ok', message: kind.createdMessage, id };
    } catch (error) {
      const refusal = refusalOf(error, kept);
      if (refusal) return refusal;
      throw error;
    }
  }

  /** A save of the form, or of a restored revision's fields (`restoredFrom`, its version). */
  async function write(
    viewer: Pick<Viewer, 'id'>,
    input: Input & { id: number; version: number },
    values: Record<string, string>,
    restoredFrom: number | null,
  ): Promise<SaveResult> {
    const slug = input.slug || slugFromTitle(input.title);
    const kept = { ...values, slug };
    const taken = await findTaken(input, slug, input.id);
    if (taken) return fieldErrors(taken, kept);
    let outcome: { before: Row; after: Row; fields: Record<string, string> } | SaveResult;
    try {
      outcome = await db.transaction(async (tx) => {
        const before = await load(tx, input.id);
        if (!before) return gone;
        const after = await updateVersion(tx, input.id, input.version, kind.columnsOf(input, slug));
        if (!after) return conflictAt(tx, input.id, kept);
        const previous = await kind.formFields(tx, before);
        await kind.writeAlso?.(tx, after, input);
        const fields = await kind.formFields(tx, after);
        const note = restoredFrom === null ? 'Edited' : `Restored version ${restoredFrom}`;
        await recordRevision(tx, { itemType: kind.itemType, itemId: after.id, version: after.version, snapshot: fields, editorId: viewer.id, note });
        await audit(tx, {
          actorId: viewer.id,
          action: `${kind.auditName}.${restoredFrom === null ? 'update' : 'restore'}`,
          subjectType: kind.itemType,
          subjectId: after.id,
          details: { fields: changedFields(previous, fields).filter((field) => !kind.unaudited?.includes(field)), version: after.version },
        });
        return { before, after, fields };
      });
    } catch (error) {
      const refusal = refusalOf(error, kept);
      if (refusal) return refusal;
      throw error;
    }
    if (!('after' in outcome)) return outcome;
    const { before, after, fields } = outcome;
    await kind.revalidate(before, after);
    return { status: 'ok', message: `Saved as version ${after.version}.`, id: after.id, values: { ...fields, version: String(after.version) } };
  }

  /** Saves an edit made on the version the form was opened at. */
  function save(viewer: Pick<Viewer, 'id'>, input: Input & { id: number; version: number }, values: Record<string, string>): Promise<SaveResult> {
    return write(viewer, input, values, null);
  }

  /** Publish, schedule, unpublish or archive, on the version the page was opened at. */
  async function transition(
    viewer: Pick<Viewer, 'id'>,
    input: { id: number; version: number; transition: Transition; publishAt: Date | null },
  ): Promise<SaveResult> {
    const outcome = await db.transaction(async (tx): Promise<{ before: Row & StatusRow; after: Row & StatusRow } | SaveResult> => {
      const before = (await load(tx, input.id)) as (Row & StatusRow) | null;
      if (!before) return gone;
      if (before.version !== input.version) return stale;
      const next = applyTransition(before, input.transition, input.publishAt);
      if ('error' in next) return { status: 'error', message: next.error, fieldErrors: next.field ? { [next.field]: [next.error] } : undefined };
      const refusal = await kind.checkTransition?.(tx, before, next.status);
      if (refusal) return { status: 'error', message: refusal };
      const after = (await updateVersion(tx, input.id, input.version, next)) as (Row & StatusRow) | null;
      if (!after) return stale;
      const note = `Status: ${before.status} → ${after.status}`;
      await recordRevision(tx, { itemType: kind.itemType, itemId: after.id, version: after.version, snapshot: await kind.formFields(tx, after), editorId: viewer.id, note });
      await audit(tx, {
        actorId: viewer.id,
        action: `${kind.auditName}.${input.transition}`,
        subjectType: kind.itemType,
        subjectId: after.id,
        details: { from: before.status, to: after.status, publishedAt: after.publishedAt?.toISOString() ?? null },
      });
      return { before, after };
    });
    if (!('after' in outcome)) return outcome;
    await kind.revalidate(outcome.before, outcome.after);
    return { status: 'ok', message: `The ${kind.noun} is now ${outcome.after.status}.`, id: outcome.after.id };
  }

  /** Restores an old revision's fields as a new save (a new version); a status stays as it is. */
  async function restore(viewer: Pick<Viewer, 'id'>, input: { id: number; version: number; revision: number }): Promise<SaveResult> {
    const revision = await getRevision(kind.itemType, input.id, input.revision);
    if (!revision) return { status: 'error', message: 'That revision does not exist.' };
    const fields = Object.fromEntries(Object.entries(revision.snapshot).map(([key, value]) => [key, value == null ? '' : String(value)]));
    const parsed = kind.fields.safeParse(fields);
    if (!parsed.success) return { status: 'error', message: 'That revision cannot be restored as it stands: open it in the editor and correct it instead.' };
    const result = await write(viewer, { ...parsed.data, id: input.id, version: input.version }, fields, input.revision);
    // The revision's page has no fields to mark: say there what stands in the way (a slug or a part number taken since).
    if (result.status === 'error' && result.fieldErrors && !result.conflict) {
      return { status: 'error', message: `That revision cannot be restored: ${Object.values(result.fieldErrors).flat().join(' ')}` };
    }
    return result;
  }

  return { getForEdit, create, save, transition, restore };
}
