import 'server-only';
import { and, count, desc, eq, ilike, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { revalidateContent } from '@/lib/content/revalidate';
import { db } from '@/lib/db/client';
import { events } from '@/lib/db/schema';
import {
  ADMIN_PAGE_SIZE,
  containsPattern,
  idField,
  instantToZoned,
  isSeenByReaders,
  isTimeZone,
  makeVersionedEditor,
  optionalHttpUrl,
  optionalId,
  optionalText,
  slugField,
  specialtyField,
  specialtySlugOf,
  versionField,
  withFieldRules,
  zonedToInstant,
  type EditableStatus,
  type ListFilter,
} from './editing';

/*
 * Staff editing of events: the list, and what makes an event's save its own (its fields, its
 * pages); the save itself is makeVersionedEditor's (./editing.ts), as every kind's. Times are
 * typed as wall-clock times in the event's own zone.
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

const eventEditor = makeVersionedEditor<EventRow, EventInput>({
  table: events,
  itemType: 'event',
  auditName: 'event',
  noun: 'event',
  createdMessage: 'The event was created as a draft.',
  fields: EventFields,
  columnsOf,
  newColumns: (viewer) => ({ status: 'draft', authorId: viewer.id }),
  formFields: async (_executor, row) => eventFormFields(row),
  slugTaken: { message: 'Another event already has this slug: choose another.', constraint: 'events_slug_unique' },
  async revalidate(before, after) {
    if (!isSeenByReaders(before, after)) return;
    revalidateContent({
      kind: 'event',
      slug: after.slug,
      specialtySlug: await specialtySlugOf(after.specialtyId),
      previous: { slug: before.slug, specialtySlug: await specialtySlugOf(before.specialtyId) },
    });
  },
});

export const getEventForEdit = eventEditor.getForEdit;
/** A new draft event. */
export const createEvent = eventEditor.create;
export const saveEvent = eventEditor.save;
export const transitionEvent = eventEditor.transition;
export const restoreEventRevision = eventEditor.restore;
