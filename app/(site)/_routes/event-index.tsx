import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { contentTag } from '@/lib/content/cache-tags';
import { tagCachedPage } from '@/lib/content/tag-page';
import { listEventSpecialties, listEventsPage, type EventTense } from '@/lib/content/events';
import { isPastLastPage, type ListParams } from '@/lib/content/pagination';
import { getSpecialtyBySlug } from '@/lib/content/specialties';
import { ContentList } from '@/app/_ui/content/content-list';
import { EventTabs, eventListPath } from '@/app/_ui/content/event-tabs';
import { IndexPage } from '@/app/_ui/content/index-page';
import { eventToListItem } from '@/app/_ui/content/list-items';
import { listMetadata, pagedListMetadata, readListParams, type ListPageProps } from './list-route';
import { Pagination } from '@/app/_ui/content/pagination';
import { SpecialtyFilter } from '@/app/_ui/content/specialty-filter';

/*
 * The four event list routes share this page: `/events` and `/events/past` are the cached
 * first pages (no query string); `/events/page/[page]` and `/events/past/page/[page]` serve
 * deeper and filtered pages per request, carrying the first page's snapshot (`asOf`).
 */

export type EventListPageProps = ListPageProps;

const copy: Record<EventTense, { title: string; intro: string; empty: string }> = {
  upcoming: {
    title: 'Upcoming events',
    intro: "Congresses, summits and meetings, soonest first. Times are given in each event's own time zone.",
    empty: 'No upcoming events',
  },
  past: {
    title: 'Past events',
    intro: "Events that have ended, the most recent first. Times are given in each event's own time zone.",
    empty: 'No past events',
  },
};

/** A cached first page: a fresh snapshot, no filter. */
export async function EventIndexPage({ tense }: { tense: EventTense }) {
  await tagCachedPage([contentTag.list('event')]);
  return <EventList tense={tense} list={{ page: 1, asOf: new Date(), specialty: null }} />;
}

/** A deeper or filtered page; a malformed address is a 404, never an error. */
export async function EventListPage({ tense, params, searchParams }: { tense: EventTense } & EventListPageProps) {
  const list = await readListParams({ params, searchParams });
  if (!list) notFound();
  return <EventList tense={tense} list={list} />;
}

async function EventList({ tense, list }: { tense: EventTense; list: ListParams }) {
  const basePath = eventListPath(tense);
  const [paged, options, active] = await Promise.all([
    listEventsPage(tense, list),
    listEventSpecialties(tense),
    list.specialty ? getSpecialtyBySlug(list.specialty) : Promise.resolve(null),
  ]);
  if (list.specialty && !active) notFound();
  if (isPastLastPage(paged)) notFound();

  const { title, intro, empty } = copy[tense];
  // Home › Events for the first upcoming page; Home › Events › Past, Oncology, Page 2 deeper in.
  const crumb = [tense === 'past' ? 'Past' : null, active?.name, paged.page > 1 ? `Page ${paged.page}` : null]
    .filter(Boolean)
    .join(', ');
  return (
    <IndexPage
      title={active ? `${title}: ${active.name}` : title}
      intro={intro}
      trail={crumb ? [{ href: '/events', label: 'Events' }] : []}
      current={crumb || 'Events'}
    >
      <EventTabs active={tense} specialty={active?.slug ?? null} />
      <div className="mt-6">
        <SpecialtyFilter basePath={basePath} options={options} active={active} noun={`${tense} events`} />
      </div>
      <div className="mt-4">
        {paged.items.length > 0 ? (
          <ContentList items={paged.items.map((event) => eventToListItem(event, { withSummary: true }))} emptyText="" size="roomy" />
        ) : (
          <div className="mt-2 rounded-lg border border-dashed border-slate-300 p-6 text-center">
            <p className="font-semibold text-slate-900">
              {empty}
              {active ? ` in ${active.name}` : ''}.
            </p>
            <p className="mt-2">
              {active ? (
                <Link href={basePath} className="link">
                  Show {tense} events in every specialty
                </Link>
              ) : tense === 'upcoming' ? (
                <Link href="/events/past" className="link">
                  See past events
                </Link>
              ) : (
                <Link href="/events" className="link">
                  See upcoming events
                </Link>
              )}
            </p>
          </div>
        )}
      </div>
      <Pagination basePath={basePath} page={paged.page} totalPages={paged.totalPages} asOf={paged.asOf} specialty={active?.slug ?? null} />
    </IndexPage>
  );
}

export function eventIndexMetadata(tense: EventTense): Metadata {
  return listMetadata(copy[tense].title, copy[tense].intro, eventListPath(tense));
}

export function eventListMetadata(tense: EventTense, props: EventListPageProps): Promise<Metadata> {
  return pagedListMetadata({ basePath: eventListPath(tense), label: copy[tense].title, intro: copy[tense].intro }, props);
}
