import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { contentTag } from '@/lib/content/cache-tags';
import { tagCachedPage } from '@/lib/content/tag-page';
import { listUpcomingEvents } from '@/lib/content/events';
import { filterHref } from '@/lib/content/pagination';
import { postSections } from '@/lib/content/paths';
import { listLatestPostsInSpecialty } from '@/lib/content/posts';
import { getSpecialtyBySlug, listSpecialties } from '@/lib/content/specialties';
import { buildBreadcrumbJsonLd } from '@/lib/content/structured-data';
import { listPublishedVideos } from '@/lib/content/videos';
import { siteName } from '@/lib/site';
import { Breadcrumbs } from '@/app/_ui/content/breadcrumbs';
import { ContentList, type ContentListItem } from '@/app/_ui/content/content-list';
import { IndexPage } from '@/app/_ui/content/index-page';
import { JsonLd } from '@/app/_ui/content/json-ld';
import { eventToListItem, postToListItem, videoToListItem } from '@/app/_ui/content/list-items';

/*
 * `/specialties` and `/specialties/[slug]`: everything in one specialty, the latest few of
 * each kind, each with a way into that kind's list filtered to the specialty.
 */

export type SpecialtyParams = { params: Promise<{ slug: string }> };

const SECTION_SIZE = 5;

const INDEX_INTRO = 'Browse condition articles, news, articles, events and videos by clinical specialty.';

export const specialtyIndexMetadata: Metadata = {
  title: 'Specialties',
  description: INDEX_INTRO,
  alternates: { canonical: '/specialties' },
  openGraph: { type: 'website', title: 'Specialties', description: INDEX_INTRO, url: '/specialties', siteName, locale: 'en_GB' },
  twitter: { card: 'summary' },
};

export async function SpecialtyIndexPage() {
  const all = await listSpecialties();
  return (
    <IndexPage title="Specialties" intro={INDEX_INTRO}>
      {all.length === 0 ? (
        <p className="text-slate-700">No specialties yet.</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {all.map((specialty) => (
            <li key={specialty.slug} className="rounded-lg border border-slate-200 bg-white p-4">
              <Link href={`/specialties/${specialty.slug}`} className="text-lg font-semibold text-slate-900 underline-offset-2 hover:text-brand-800 hover:underline">
                {specialty.name}
              </Link>
              {specialty.description ? <p className="mt-1 text-slate-700">{specialty.description}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </IndexPage>
  );
}

export async function specialtyMetadata({ params }: SpecialtyParams): Promise<Metadata> {
  const { slug } = await params;
  const specialty = await getSpecialtyBySlug(slug);
  if (!specialty) return { title: 'Page not found', robots: { index: false } };
  const path = `/specialties/${specialty.slug}`;
  const description = specialty.description || `Everything in ${specialty.name} on ${siteName}.`;
  return {
    title: specialty.name,
    description,
    alternates: { canonical: path },
    openGraph: { type: 'website', title: specialty.name, description, url: path, siteName, locale: 'en_GB' },
    twitter: { card: 'summary' },
  };
}

export async function SpecialtyPage({ params }: SpecialtyParams) {
  const { slug } = await params;
  const specialty = await getSpecialtyBySlug(slug);
  if (!specialty) notFound();
  const limit = { limit: SECTION_SIZE };
  const [conditions, news, articles, events, videos] = await Promise.all([
    listLatestPostsInSpecialty('condition', specialty.slug, limit),
    listLatestPostsInSpecialty('news', specialty.slug, limit),
    listLatestPostsInSpecialty('article', specialty.slug, limit),
    listUpcomingEvents({ ...limit, specialty: specialty.slug }),
    listPublishedVideos({ ...limit, specialty: specialty.slug }),
    tagCachedPage((['posts', 'events', 'videos'] as const).map((group) => contentTag.specialty(specialty.slug, group))),
  ]);
  const path = `/specialties/${specialty.slug}`;
  const sections: Array<{ id: string; title: string; noun: string; basePath: string; items: ContentListItem[] }> = [
    { id: 'conditions', title: 'Conditions', noun: 'condition articles', basePath: postSections.condition.path, items: conditions.map((p) => postToListItem(p)) },
    { id: 'news', title: 'News', noun: 'news', basePath: postSections.news.path, items: news.map((p) => postToListItem(p)) },
    { id: 'articles', title: 'Articles', noun: 'articles', basePath: postSections.article.path, items: articles.map((p) => postToListItem(p)) },
    { id: 'events', title: 'Upcoming events', noun: 'events', basePath: '/events', items: events.map((e) => eventToListItem(e)) },
    { id: 'videos', title: 'Videos', noun: 'videos', basePath: '/videos', items: videos.map((v) => videoToListItem(v)) },
  ];
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-8">
      <JsonLd
        data={buildBreadcrumbJsonLd([
          { label: 'Home', path: '/' },
          { label: 'Specialties', path: '/specialties' },
          { label: specialty.name, path },
        ])}
      />
      <Breadcrumbs trail={[{ href: '/specialties', label: 'Specialties' }]} current={specialty.name} />
      <h1 className="mt-6 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{specialty.name}</h1>
      {specialty.description ? <p className="mt-3 max-w-3xl text-lg text-slate-700">{specialty.description}</p> : null}
      <div className="mt-8 grid gap-6 lg:grid-cols-2">
        {sections.map((section) => (
          <section key={section.id} aria-labelledby={`section-${section.id}`} className="rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
            <h2 id={`section-${section.id}`} className="text-xl font-bold text-slate-900">
              {section.title}
            </h2>
            <div className="mt-2">
              <ContentList items={section.items} emptyText={`No ${section.noun} in ${specialty.name} yet.`} />
            </div>
            {section.items.length > 0 ? (
              <p className="mt-4">
                <Link href={filterHref(section.basePath, specialty.slug)} className="link">
                  View all {section.noun}
                  <span className="sr-only"> in {specialty.name}</span>
                  <span aria-hidden="true"> →</span>
                </Link>
              </p>
            ) : null}
          </section>
        ))}
      </div>
    </div>
  );
}
