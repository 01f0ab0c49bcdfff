import 'server-only';
import { and, asc, count, desc, eq, gte, lt, ne, sql, type SQL } from 'drizzle-orm';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { events, specialties } from '@/lib/db/schema';
import { getCoverImage, type CoverImageView } from './images';
import { paginate, publishedAsOf, type ListParams, type Paged } from './pagination';
import { isLive, inSpecialty as inSpecialtyOf } from './published';
import { isSlug } from './slug';
import { toSpecialtyRef, type SpecialtyRef } from './specialties';

/*
 * Public read paths for events. "Published" is decided here (status published or scheduled,
 * publishedAt reached by the database's clock), so a page cannot forget it or leak a draft.
 * Events have no members-only variant: everything selected here is public.
 */

const HOME_LIST_SIZE = 5;
const RELATED_SIZE = 3;

export type EventListItem = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  /** IANA zone the event is held in; show its times in it. */
  timeZone: string;
  venue: string | null;
  virtualUrl: string | null;
  organiser: string;
};

export type EventDetail = EventListItem & {
  body: string;
  /** Already ended, by the database's clock when the page was made. */
  hasEnded: boolean;
  registrationUrl: string | null;
  specialty: SpecialtyRef | null;
  /** The cover image, when one was uploaded. */
  cover: CoverImageView | null;
  publishedAt: Date;
  updatedAt: Date;
  /** Goes up with every edit: the calendar file's SEQUENCE, so calendar apps take the change. */
  version: number;
};

/** Upcoming: not over yet (in progress counts), soonest first. Past: over, latest first. */
export type EventTense = 'upcoming' | 'past';

const eventListColumns = {
  id: events.id,
  slug: events.slug,
  title: events.title,
  summary: events.summary,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  timeZone: events.timeZone,
  venue: events.venue,
  virtualUrl: events.virtualUrl,
  organiser: events.organiser,
};

const isLiveEvent = (): SQL => isLive(events);
const inSpecialty = (specialtySlug: string | null | undefined) => inSpecialtyOf(events.specialtyId, specialtySlug);

function tenseFilter(tense: EventTense, at: Date | SQL): SQL {
  return tense === 'upcoming' ? gte(events.endsAt, at) : lt(events.endsAt, at);
}

function tenseOrder(tense: EventTense): SQL[] {
  return tense === 'upcoming' ? [asc(events.startsAt), asc(events.id)] : [desc(events.startsAt), desc(events.id)];
}

/** Events not yet over (in progress or to come), soonest first: the home and specialty pages' lists. */
export async function listUpcomingEvents(options: { limit?: number; specialty?: string | null } = {}): Promise<EventListItem[]> {
  return db
    .select(eventListColumns)
    .from(events)
    .where(and(isLiveEvent(), tenseFilter('upcoming', sql`now()`), inSpecialty(options.specialty)))
    .orderBy(...tenseOrder('upcoming'))
    .limit(options.limit ?? HOME_LIST_SIZE);
}

/**
 * One numbered page of upcoming or past events, with the total for the page links. Both
 * "published" and "over" are judged at the reader's snapshot (`asOf`), so paging through
 * the list never skips or repeats an event, even when one ends or is published meanwhile.
 */
export async function listEventsPage(tense: EventTense, params: ListParams): Promise<Paged<EventListItem>> {
  const where = and(
    isLiveEvent(),
    publishedAsOf(events.publishedAt, params.asOf),
    tenseFilter(tense, params.asOf),
    inSpecialty(params.specialty),
  );
  return paginate(params, {
    count: async () => {
      const [row] = await db.select({ n: count() }).from(events).where(where);
      return row?.n ?? 0;
    },
    rows: ({ limit, offset }) =>
      db
        .select(eventListColumns)
        .from(events)
        .where(where)
        .orderBy(...tenseOrder(tense))
        .limit(limit)
        .offset(offset),
  });
}

/**
 * One published event, or null (unknown, draft, archived or not yet published). Wrapped in
 * React's cache so a page and its metadata share one query per request.
 */
export const getPublishedEventBySlug = cache(async function getPublishedEventBySlug(
  slug: string,
): Promise<EventDetail | null> {
  if (!isSlug(slug)) return null;
  const [row] = await db
    .select({
      ...eventListColumns,
      body: events.body,
      registrationUrl: events.registrationUrl,
      publishedAt: events.publishedAt,
      updatedAt: events.updatedAt,
      version: events.version,
      hasEnded: sql<boolean>`${events.endsAt} < now()`,
      coverImageId: events.coverImageId,
      coverImageAlt: events.coverImageAlt,
      specialtySlug: specialties.slug,
      specialtyName: specialties.name,
    })
    .from(events)
    .leftJoin(specialties, eq(events.specialtyId, specialties.id))
    .where(and(isLiveEvent(), eq(events.slug, slug)))
    .limit(1);
  if (!row?.publishedAt) return null;
  const { specialtySlug, specialtyName, publishedAt, coverImageId, coverImageAlt, ...rest } = row;
  return {
    ...rest,
    cover: await getCoverImage(coverImageId, coverImageAlt),
    publishedAt,
    specialty: toSpecialtyRef(specialtySlug, specialtyName),
  };
});

/** Other upcoming events of the same specialty, soonest first, for "More events" on a page. */
export async function listRelatedEvents(event: { id: number; specialty: SpecialtyRef | null }): Promise<EventListItem[]> {
  if (!event.specialty) return [];
  return db
    .select(eventListColumns)
    .from(events)
    .where(and(isLiveEvent(), tenseFilter('upcoming', sql`now()`), ne(events.id, event.id), inSpecialty(event.specialty.slug)))
    .orderBy(...tenseOrder('upcoming'))
    .limit(RELATED_SIZE);
}

/** The specialties that have upcoming (or past) events, with how many: the filter's choices. */
export async function listEventSpecialties(tense: EventTense): Promise<Array<SpecialtyRef & { count: number }>> {
  return db
    .select({ slug: specialties.slug, name: specialties.name, count: count() })
    .from(events)
    .innerJoin(specialties, eq(events.specialtyId, specialties.id))
    .where(and(isLiveEvent(), tenseFilter(tense, sql`now()`)))
    .groupBy(specialties.id, specialties.slug, specialties.name)
    .orderBy(asc(specialties.name));
}
