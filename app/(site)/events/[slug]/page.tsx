import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleLayout } from '@/app/_ui/content/article-layout';
import { EventTime, placeLabel } from '@/app/_ui/content/meta';
import type { SlugParams } from '@/app/_ui/content/post-pages';
import { Prose } from '@/app/_ui/content/prose';
import { renderMarkdown } from '@/lib/content/markdown';
import { pathForEvent, toSafeHttpUrl } from '@/lib/content/paths';
import { getPublishedEventBySlug } from '@/lib/content/queries';
import { siteUrl } from '@/lib/env';

export const revalidate = 300;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const event = await getPublishedEventBySlug((await params).slug);
  if (!event) return { title: 'Page not found', robots: { index: false } };
  return {
    title: event.title,
    description: event.summary,
    alternates: { canonical: pathForEvent(event.slug) },
    openGraph: { title: event.title, description: event.summary, url: pathForEvent(event.slug) },
  };
}

export default async function EventPage({ params }: SlugParams) {
  const event = await getPublishedEventBySlug((await params).slug);
  if (!event) notFound();
  const { html } = renderMarkdown(event.body, { siteOrigin: siteUrl() });
  const isOver = event.hasEnded;
  const joinUrl = toSafeHttpUrl(event.virtualUrl);
  const registerUrl = toSafeHttpUrl(event.registrationUrl);

  return (
    <ArticleLayout
      trail={[{ href: '/events', label: 'Events' }]}
      title={event.title}
      summary={event.summary}
      meta={
        <div className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-base sm:p-5">
          {isOver ? <p className="mb-3 font-semibold text-amber-900">This event has ended.</p> : null}
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold text-slate-900">When</dt>
            <dd>
              <EventTime startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} span />
            </dd>
            <dt className="font-semibold text-slate-900">Where</dt>
            <dd>
              {placeLabel(event.venue)}
              {joinUrl ? (
                <>
                  <span aria-hidden="true"> · </span>
                  <a href={joinUrl} rel="noopener noreferrer" className="link">
                    Join online<span className="sr-only">: {event.title}</span>
                  </a>
                </>
              ) : null}
            </dd>
            <dt className="font-semibold text-slate-900">Organiser</dt>
            <dd>{event.organiser}</dd>
            {event.specialty ? (
              <>
                <dt className="font-semibold text-slate-900">Specialty</dt>
                <dd>{event.specialty.name}</dd>
              </>
            ) : null}
          </dl>
          {registerUrl && !isOver ? (
            <p className="mt-4">
              <a
                href={registerUrl}
                rel="noopener noreferrer"
                className="inline-flex rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
              >
                Register<span className="sr-only">&nbsp;for {event.title}</span>
                <span aria-hidden="true">&nbsp;↗</span>
              </a>
            </p>
          ) : null}
        </div>
      }
    >
      <Prose html={html} />
    </ArticleLayout>
  );
}
