import 'server-only';
import { and, count, desc, eq, ilike, ne, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '@/lib/audit';
import type { Viewer } from '@/lib/auth/session';
import { revalidateContent } from '@/lib/content/revalidate';
import { db, type Executor } from '@/lib/db/client';
import { events, revisions, specialties, users, type RevisionItemType } from '@/lib/db/schema';
import type { FormState } from '@/lib/form-state';
import {
  ADMIN_PAGE_SIZE,
  applyTransition,
  changedFields,
  conflictState,
  containsPattern,
  fieldError,
  idField,
  instantToZoned,
  isTimeZone,
  isUniqueViolation,
  optionalHttpUrl,
  optionalId,
  optionalText,
  slugField,
  slugFromTitle,
  specialtyField,
  versionField,
  withFieldRules,
  zonedToInstant,
  type EditableStatus,
  type ListFilter,
} from './editing';
import { getRevision, recordRevision } from './revisions';

/*
 * Staff editing of events: list, create, save (optimistic lock on `version`, a revision and an
 * audit row in the save's transaction), status transitions and restoring a revision as a new
 * save. Times are typed as wall-clock times in the event's own zone.
 */

export const EVENT_FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  slug: 'Slug',
  summary: 'Summary',
  body: 'Description',
  specialtyId: 'Specialty',
  startsAt: 'Starts',
  endsAt: 'Ends',
  timeZone: 'Time zone',
  venue: 'Venue',
  virtualUrl: 'Online link',
  organiser: 'Organiser',
  registrationUrl: 'Registration address',
  coverImageId: 'Cover image',
  coverImageAlt: 'Cover image text',
};

const LocalDateTime = z.string().trim().min(1, 'Enter a date and time.');

export const EventFields = withFieldRules(
  z.object({
    title: z.string().trim().min(1, 'Enter a title.').max(200, 'At most 200 characters.'),
    slug: slugField,
    summary: z.string().trim().min(1, 'Enter a summary.').max(500, 'At most 500 characters.'),
    body: z.string().max(20_000).default(''),
    specialtyId: specialtyField,
    startsAt: LocalDateTime,
    endsAt: LocalDateTime,
    timeZone: z.string().trim().min(1, 'Enter the time zone the event is held in.'),
    venue: optionalText(300),
    virtualUrl: optionalHttpUrl,
    organiser: z.string().trim().min(1, 'Enter the organiser.').max(200, 'At most 200 characters.'),
    registrationUrl: optionalHttpUrl,
    coverImageId: optionalId('Choose an uploaded image.'),
    coverImageAlt: optionalText(300),
  }),
  (fields, rules) => {
    const zone = rules.isValid('timeZone') && isTimeZone(fields.timeZone) ? fields.timeZone : null;
    if (rules.isValid('timeZone') && !zone) rules.issue('timeZone', 'Enter a time zone such as Europe/Vienna, Asia/Kolkata or UTC.');
    // Whether a time is well formed does not depend on the zone: said even while the zone is wrong.
    const instantOf = (field: 'startsAt' | 'endsAt', example: string) => {
      if (!rules.isValid(field)) return null;
      const instant = zonedToInstant(fields[field], zone ?? 'UTC');
      if (!instant) rules.issue(field, `Enter a date and time, such as ${example}.`);
      return instant;
    };
    const startsAt = instantOf('startsAt', '2026-05-01 09:00');
    const endsAt = instantOf('endsAt', '2026-05-01 17:00');
    if (zone && startsAt && endsAt && endsAt < startsAt) rules.issue('endsAt', 'The end must not be before the start.');
    if (rules.isValid('venue', 'virtualUrl') && !fields.venue && !fields.virtualUrl) {
      rules.issue('venue', 'Enter a venue, an online link, or both.');
    }
    if (rules.isValid('coverImageId', 'coverImageAlt') && fields.coverImageAlt === null && fields.coverImageId !== null) {
      rules.issue('coverImageAlt', 'Describe the cover image for readers who cannot see it.');
    }
    return { ...fields, startsAt: startsAt ?? new Date(0), endsAt: endsAt ?? new Date(0) };
  },
);

export const CreateEventInput = EventFields;
export const SaveEventInput = z.intersection(z.object({ id: idField, version: versionField }), EventFields);
export type EventInput = z.infer<typeof EventFields>;

type EventRow = typeof events.$inferSelect;

/** The form's fields as the saved row holds them: the revision snapshot and the conflict view. */
export function eventFormFields(row: EventRow): Record<string, string> {
  return {
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    body: row.body,
    specialtyId: row.specialtyId ? String(row.specialtyId) : '',
    startsAt: instantToZoned(row.startsAt, row.timeZone),
    endsAt: instantToZoned(row.endsAt, row.timeZone),
    timeZone: row.timeZone,
    venue: row.venue ?? '',
    virtualUrl: row.virtualUrl ?? '',
    organiser: row.organiser,
    registrationUrl: row.registrationUrl ?? '',
    coverImageId: row.coverImageId ? String(row.coverImageId) : '',
    coverImageAlt: row.coverImageAlt ?? '',
  };
}

function columnsOf(input: EventInput, slug: string) {
  return {
    title: input.title,
    slug,
    summary: input.summary,
    body: input.body,
    specialtyId: input.specialtyId,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    timeZone: input.timeZone,
    venue: input.venue,
    virtualUrl: input.virtualUrl,
    organiser: input.organiser,
    registrationUrl: input.registrationUrl,
    coverImageId: input.coverImageId,
    coverImageAlt: input.coverImageAlt,
  };
}

export type EventListItem = { id: number; title: string; slug: string; status: EditableStatus; startsAt: Date; timeZone: string; updatedAt: Date; version: number };

/** Events for the staff list: newest edits first, by status and a title search. */
export async function listEventsForAdmin(filter: ListFilter): Promise<{ items: EventListItem[]; total: number; page: number; totalPages: number }> {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(events.status, filter.status));
  if (filter.q) conditions.push(ilike(events.title, containsPattern(filter.q)));
  const where = conditions.length ? and(...conditions) : undefined;
  const [[total], items] = await Promise.all([
    db.select({ n: count() }).from(events).where(where),
    db
      .select({
        id: events.id,
        title: events.title,
        slug: events.slug,
        status: events.status,
        startsAt: events.startsAt,
        timeZone: events.timeZone,
        updatedAt: events.updatedAt,
        version: events.version,
      })
      .from(events)
      .where(where)
      .orderBy(desc(events.updatedAt), desc(events.id))
      .limit(ADMIN_PAGE_SIZE)
      .offset((filter.page - 1) * ADMIN_PAGE_SIZE),
  ]);
  const n = total?.n ?? 0;
  return { items, total: n, page: filter.page, totalPages: Math.max(1, Math.ceil(n / ADMIN_PAGE_SIZE)) };
}

export type EditableEvent = { id: number; version: number; status: EditableStatus; publishedAt: Date | null; slug: string; fields: Record<string, string> };

export async function getEventForEdit(id: number, executor: Executor = db): Promise<EditableEvent | null> {
  const [row] = await executor.select().from(events).where(eq(events.id, id)).limit(1);
  return row ? { id: row.id, version: row.version, status: row.status, publishedAt: row.publishedAt, slug: row.slug, fields: eventFormFields(row) } : null;
}

async function isSlugTaken(executor: Executor, slug: string, exceptId: number | null): Promise<boolean> {
  const [row] = await executor
    .select({ id: events.id })
    .from(events)
    .where(exceptId === null ? eq(events.slug, slug) : and(eq(events.slug, slug), ne(events.id, exceptId)))
    .limit(1);
  return Boolean(row);
}

const SLUG_TAKEN = 'Another event already has this slug: choose another.';

export type SaveResult = FormState & { id?: number };

/** A new draft event. */
export async function createEvent(viewer: Pick<Viewer, 'id'>, input: EventInput, values: Record<string, string>): Promise<SaveResult> {
  const slug = input.slug || slugFromTitle(input.title);
  if (await isSlugTaken(db, slug, null)) return fieldError('slug', SLUG_TAKEN, { ...values, slug });
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(events)
        .values({ ...columnsOf(input, slug), status: 'draft', authorId: viewer.id })
        .returning();
      await recordRevision(tx, { itemType: 'event', itemId: row!.id, version: row!.version, snapshot: eventFormFields(row!), editorId: viewer.id, note: 'Created' });
      await audit(tx, { actorId: viewer.id, action: 'event.create', subjectType: 'event', subjectId: row!.id, details: { title: row!.title, status: 'draft' } });
      return row!.id;
    });
    return { status: 'ok', message: 'The event was created as a draft.', id };
  } catch (error) {
    if (isUniqueViolation(error, 'events_slug_unique')) return fieldError('slug', SLUG_TAKEN, { ...values, slug });
    throw error;
  }
}

/** Who saved the item's current version, from its revisions. */
export async function lastEditorName(executor: Executor, itemType: RevisionItemType, itemId: number, version: number): Promise<string | null> {
  const [row] = await executor
    .select({ name: users.name })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.editorId))
    .where(and(eq(revisions.itemType, itemType), eq(revisions.itemId, itemId), eq(revisions.version, version)))
    .limit(1);
  return row?.name ?? null;
}

async function specialtySlugOf(id: number | null): Promise<string | null> {
  if (id === null) return null;
  const [row] = await db.select({ slug: specialties.slug }).from(specialties).where(eq(specialties.id, id)).limit(1);
  return row?.slug ?? null;
}

function isReaderVisible(status: EditableStatus): boolean {
  return status === 'published' || status === 'scheduled';
}

/** Saves an edit made on the version the form was opened at; an older version is refused with the current fields. */
export async function saveEvent(
  viewer: Pick<Viewer, 'id'>,
  input: EventInput & { id: number; version: number },
  values: Record<string, string>,
  note = 'Edited',
): Promise<SaveResult> {
  const slug = input.slug || slugFromTitle(input.title);
  const kept = { ...values, slug };
  if (await isSlugTaken(db, slug, input.id)) return fieldError('slug', SLUG_TAKEN, kept);
  let outcome: { before: EventRow; after: EventRow } | SaveResult;
  try {
    outcome = await db.transaction(async (tx) => {
      const [before] = await tx.select().from(events).where(eq(events.id, input.id)).limit(1);
      if (!before) return { status: 'error', message: 'This event no longer exists.' } satisfies SaveResult;
      const [after] = await tx
        .update(events)
        .set({ ...columnsOf(input, slug), version: sql`${events.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(events.id, input.id), eq(events.version, input.version)))
        .returning();
      if (!after) {
        const current = (await getEventForEdit(input.id, tx))!;
        const savedBy = await lastEditorName(tx, 'event', input.id, current.version);
        return conflictState({ version: current.version, savedBy, savedAt: before.updatedAt, fields: current.fields }, kept);
      }
      const snapshot = eventFormFields(after);
      await recordRevision(tx, { itemType: 'event', itemId: after.id, version: after.version, snapshot, editorId: viewer.id, note });
      await audit(tx, {
        actorId: viewer.id,
        action: note === 'Edited' ? 'event.update' : 'event.restore',
        subjectType: 'event',
        subjectId: after.id,
        details: { fields: changedFields(eventFormFields(before), snapshot), version: after.version },
      });
      return { before, after };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'events_slug_unique')) return fieldError('slug', SLUG_TAKEN, kept);
    throw error;
  }
  if (!('after' in outcome)) return outcome;
  const { before, after } = outcome;
  if (isReaderVisible(after.status)) {
    revalidateContent({
      kind: 'event',
      slug: after.slug,
      specialtySlug: await specialtySlugOf(after.specialtyId),
      previous: { slug: before.slug, specialtySlug: await specialtySlugOf(before.specialtyId) },
    });
  }
  return { status: 'ok', message: `Saved as version ${after.version}.`, id: after.id, values: { ...eventFormFields(after), version: String(after.version) } };
}

/** Publish, schedule, unpublish or archive, on the version the page was opened at. */
export async function transitionEvent(
  viewer: Pick<Viewer, 'id'>,
  input: { id: number; version: number; transition: 'publish' | 'schedule' | 'unpublish' | 'archive'; publishAt: Date | null },
): Promise<SaveResult> {
  const outcome: { before: EventRow; after: EventRow } | SaveResult = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(events).where(eq(events.id, input.id)).limit(1);
    if (!before) return { status: 'error', message: 'This event no longer exists.' } satisfies SaveResult;
    if (before.version !== input.version) {
      return { status: 'error', message: 'This event was changed since you opened it. Reload the page to see the saved version, then try again.' } satisfies SaveResult;
    }
    const next = applyTransition(before, input.transition, input.publishAt);
    if ('error' in next) {
      return { status: 'error', message: next.error, fieldErrors: next.field ? { [next.field]: [next.error] } : undefined } satisfies SaveResult;
    }
    const [after] = await tx
      .update(events)
      .set({ status: next.status, publishedAt: next.publishedAt, version: sql`${events.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(events.id, input.id), eq(events.version, input.version)))
      .returning();
    if (!after) return { status: 'error', message: 'This event was changed since you opened it. Reload the page and try again.' } satisfies SaveResult;
    await recordRevision(tx, { itemType: 'event', itemId: after.id, version: after.version, snapshot: eventFormFields(after), editorId: viewer.id, note: `Status: ${before.status} → ${after.status}` });
    await audit(tx, {
      actorId: viewer.id,
      action: `event.${input.transition}`,
      subjectType: 'event',
      subjectId: after.id,
      details: { from: before.status, to: after.status, publishedAt: after.publishedAt?.toISOString() ?? null },
    });
    return { before, after };
  });
  if (!('after' in outcome)) return outcome;
  revalidateContent({ kind: 'event', slug: outcome.after.slug, specialtySlug: await specialtySlugOf(outcome.after.specialtyId) });
  return { status: 'ok', message: `The event is now ${outcome.after.status}.`, id: outcome.after.id };
}

/** Restores an old revision's fields as a new save (a new version); the status stays as it is. */
export async function restoreEventRevision(viewer: Pick<Viewer, 'id'>, input: { id: number; version: number; revision: number }): Promise<SaveResult> {
  const revision = await getRevision('event', input.id, input.revision);
  if (!revision) return { status: 'error', message: 'That revision does not exist.' };
  const fields = Object.fromEntries(Object.entries(revision.snapshot).map(([key, value]) => [key, value == null ? '' : String(value)]));
  const parsed = EventFields.safeParse(fields);
  if (!parsed.success) return { status: 'error', message: 'That revision cannot be restored as it stands: open it in the editor and correct it instead.' };
  return saveEvent(viewer, { ...parsed.data, id: input.id, version: input.version }, fields, `Restored version ${input.revision}`);
}
