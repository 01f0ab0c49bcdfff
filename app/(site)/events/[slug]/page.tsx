import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleLayout } from '@/app/_ui/content/article-layout';
import { BookmarkButton } from '@/app/_ui/content/bookmark-button';
import { CoverImageTag } from '@/app/_ui/content/cover-image';
import { EventFacts } from '@/app/_ui/content/event-facts';
import { EventRelated } from '@/app/_ui/content/event-related';
import { JsonLd } from '@/app/_ui/content/json-ld';
import type { SlugParams } from '@/app/(site)/_routes/post-pages';
import { Prose } from '@/app/_ui/content/prose';
import { contentTag } from '@/lib/content/cache-tags';
import { tagCachedPage } from '@/lib/content/tag-page';
import { getPublishedEventBySlug, listRelatedEvents } from '@/lib/content/events';
import { renderMarkdown } from '@/lib/content/markdown';
import { pathForEvent } from '@/lib/content/paths';
import { buildBreadcrumbJsonLd, buildEventJsonLd } from '@/lib/content/structured-data';
import { siteUrl } from '@/lib/env';
import { siteName } from '@/lib/site';

export const revalidate = 300;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const event = await getPublishedEventBySlug((await params).slug);
  if (!event) return { title: 'Page not found', robots: { index: false } };
  const path = pathForEvent(event.slug);
  return {
    title: event.title,
    description: event.summary,
    alternates: { canonical: path },
    openGraph: { type: 'website', title: event.title, description: event.summary, url: path, siteName, locale: 'en_GB' },
    twitter: { card: 'summary' },
  };
}

export default async function EventPage({ params }: SlugParams) {
  const event = await getPublishedEventBySlug((await params).slug);
  if (!event) notFound();
  const path = pathForEvent(event.slug);
  // "More events" lists the specialty's events: a change to any of them shows here at once.
  const [related] = await Promise.all([
    listRelatedEvents(event),
    tagCachedPage([contentTag.item('event', event.slug), event.specialty ? contentTag.specialty(event.specialty.slug, 'events') : null]),
  ]);
  const { html } = renderMarkdown(event.body, { siteOrigin: siteUrl() });

  return (
    <>
      <JsonLd
        data={[
          buildEventJsonLd(event),
          buildBreadcrumbJsonLd([
            { label: 'Home', path: '/' },
            { label: 'Events', path: '/events' },
            { label: event.title, path },
          ]),
        ]}
      />
      <ArticleLayout
        trail={[{ href: event.hasEnded ? '/events/past' : '/events', label: event.hasEnded ? 'Past events' : 'Events' }]}
        title={event.title}
        summary={event.summary}
        meta={
          <>
            <EventFacts event={event} />
            <div className="mt-3">
              <BookmarkButton kind="event" slug={event.slug} path={path} />
            </div>
          </>
        }
        after={<EventRelated event={event} items={related} />}
      >
        <CoverImageTag image={event.cover} priority className="mb-8 h-auto w-full rounded-lg" />
        <Prose html={html} />
      </ArticleLayout>
    </>
  );
}
