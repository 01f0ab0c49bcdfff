import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleLayout } from '@/app/_ui/content/article-layout';
import { Facts, type Fact } from '@/app/_ui/content/facts';
import { MembersNotice } from '@/app/_ui/content/members-notice';
import { DateText, DurationText } from '@/app/_ui/content/meta';
import type { SlugParams } from '@/app/_ui/content/post-pages';
import { Prose } from '@/app/_ui/content/prose';
import { VideoPlayer } from '@/app/_ui/content/video-player';
import { renderMarkdown } from '@/lib/content/markdown';
import { pathForVideo, pathForVideoSeries } from '@/lib/content/paths';
import { getPublishedVideoBySlug } from '@/lib/content/queries';
import { siteUrl } from '@/lib/env';

export const revalidate = 300;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const video = await getPublishedVideoBySlug((await params).slug);
  if (!video) return { title: 'Page not found', robots: { index: false } };
  return {
    title: video.title,
    description: video.summary,
    alternates: { canonical: pathForVideo(video.slug) },
    openGraph: { type: 'video.other', title: video.title, description: video.summary, url: pathForVideo(video.slug) },
  };
}

export default async function VideoPage({ params }: SlugParams) {
  const video = await getPublishedVideoBySlug((await params).slug);
  if (!video) notFound();
  const facts: Fact[] = [];
  if (video.speaker) facts.push({ label: 'Speaker', value: video.speaker });
  if (video.durationSeconds) facts.push({ label: 'Duration', value: <DurationText seconds={video.durationSeconds} /> });
  facts.push({ label: 'Published', value: <DateText value={video.publishedAt} /> });
  if (video.series) {
    facts.push({
      label: 'Series',
      value: (
        <>
          <Link href={pathForVideoSeries(video.series.slug)} className="link">
            {video.series.title}
          </Link>
          {video.partNumber ? `, part ${video.partNumber}` : null}
        </>
      ),
    });
  }
  const body = video.body ? renderMarkdown(video.body, { siteOrigin: siteUrl() }).html : null;

  return (
    <ArticleLayout
      trail={[{ href: '/videos', label: 'Videos' }]}
      title={video.title}
      summary={video.summary}
      meta={<Facts items={facts} />}
      media={video.player ? <VideoPlayer title={video.title} player={video.player} /> : <MembersNotice what="video" />}
    >
      {body ? <Prose html={body} /> : null}
      {video.transcript ? (
        <section aria-labelledby="transcript" className="mt-10 border-t border-slate-200 pt-6">
          <h2 id="transcript" className="text-xl font-bold text-slate-900">
            Transcript
          </h2>
          <div className="mt-4 max-w-prose text-[1.0625rem] leading-relaxed whitespace-pre-line text-slate-800">
            {video.transcript}
          </div>
        </section>
      ) : null}
    </ArticleLayout>
  );
}
