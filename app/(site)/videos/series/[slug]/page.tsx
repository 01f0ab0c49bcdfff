import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/app/_ui/content/breadcrumbs';
import { ContentList } from '@/app/_ui/content/content-list';
import { JsonLd } from '@/app/_ui/content/json-ld';
import { videoToListItem } from '@/app/_ui/content/list-items';
import type { SlugParams } from '@/app/(site)/_routes/post-pages';
import { pathForVideoSeries } from '@/lib/content/paths';
import { buildBreadcrumbJsonLd } from '@/lib/content/structured-data';
import { contentTag } from '@/lib/content/cache-tags';
import { tagCachedPage } from '@/lib/content/tag-page';
import { getVideoSeriesBySlug } from '@/lib/content/videos';
import { siteName } from '@/lib/site';

export const revalidate = 300;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const series = await getVideoSeriesBySlug((await params).slug);
  if (!series) return { title: 'Page not found', robots: { index: false } };
  const path = pathForVideoSeries(series.slug);
  const description = series.summary || `A video series in ${series.parts.length} parts.`;
  return {
    title: series.title,
    description,
    alternates: { canonical: path },
    openGraph: { type: 'website', title: series.title, description, url: path, siteName, locale: 'en_GB' },
    twitter: { card: 'summary' },
  };
}

export default async function VideoSeriesPage({ params }: SlugParams) {
  const series = await getVideoSeriesBySlug((await params).slug);
  if (!series) notFound();
  await tagCachedPage([contentTag.series(series.slug)]);
  const count = series.parts.length;
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-8">
      <JsonLd
        data={buildBreadcrumbJsonLd([
          { label: 'Home', path: '/' },
          { label: 'Videos', path: '/videos' },
          { label: series.title, path: pathForVideoSeries(series.slug) },
        ])}
      />
      <Breadcrumbs trail={[{ href: '/videos', label: 'Videos' }]} current={series.title} />
      <p className="mt-6 text-sm font-semibold tracking-wide text-brand-800 uppercase">Video series</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{series.title}</h1>
      {series.summary ? <p className="mt-3 text-lg text-slate-700">{series.summary}</p> : null}
      <h2 className="mt-8 text-xl font-bold text-slate-900">{count === 1 ? 'One part published' : `${count} parts published`}, in order</h2>
      <div className="mt-4">
        <ContentList
          items={series.parts.map((video) => videoToListItem(video, { withSummary: true, withPart: true }))}
          numbered
          emptyText="No parts published yet."
        />
      </div>
    </div>
  );
}
