import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleLayout } from '@/app/_ui/content/article-layout';
import { BookmarkButton } from '@/app/_ui/content/bookmark-button';
import { CoverImageTag } from '@/app/_ui/content/cover-image';
import { Facts, type Fact } from '@/app/_ui/content/facts';
import { JsonLd } from '@/app/_ui/content/json-ld';
import { MembersNotice } from '@/app/_ui/content/members-notice';
import { DateText, DurationText } from '@/app/_ui/content/meta';
import type { SlugParams } from '@/app/(site)/_routes/post-pages';
import { Prose } from '@/app/_ui/content/prose';
import { VideoPlayer } from '@/app/_ui/content/video-player';
import { VideoRelated } from '@/app/_ui/content/video-related';
import { VideoSeriesNav } from '@/app/_ui/content/video-series-nav';
import { anonymousViewer, canReadFull } from '@/lib/content/access';
import { contentTag } from '@/lib/content/cache-tags';
import { tagCachedPage } from '@/lib/content/tag-page';
import { renderMarkdown } from '@/lib/content/markdown';
import { pathForVideo, pathForVideoSeries } from '@/lib/content/paths';
import { buildBreadcrumbJsonLd, buildVideoJsonLd } from '@/lib/content/structured-data';
import {
  findSeriesPosition,
  getPublishedVideoBySlug,
  getVideoSeriesBySlug,
  listRelatedVideos,
  toVideoEmbed,
  type VideoDetail,
} from '@/lib/content/videos';
import { siteUrl } from '@/lib/env';
import { absoluteUrl, siteName } from '@/lib/site';

export const revalidate = 300;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

/** The player's addresses, for a video anyone may watch: they name the hosted video itself. */
function publicEmbed(video: VideoDetail) {
  return canReadFull(video, anonymousViewer) && video.player ? toVideoEmbed(video.player) : null;
}

export async function generateMetadata({ params }: SlugParams): Promise<Metadata> {
  const video = await getPublishedVideoBySlug((await params).slug);
  if (!video) return { title: 'Page not found', robots: { index: false } };
  const path = pathForVideo(video.slug);
  const embed = publicEmbed(video);
  const videoUrl = embed ? (embed.src.startsWith('/') ? absoluteUrl(embed.src) : embed.src) : null;
  return {
    title: video.title,
    description: video.summary,
    alternates: { canonical: path },
    openGraph: {
      type: 'video.other',
      title: video.title,
      description: video.summary,
      url: path,
      siteName,
      locale: 'en_GB',
      videos: videoUrl ? [{ url: videoUrl, type: embed?.kind === 'frame' ? 'text/html' : undefined }] : undefined,
    },
    twitter: { card: 'summary' },
  };
}

export default async function VideoPage({ params }: SlugParams) {
  const video = await getPublishedVideoBySlug((await params).slug);
  if (!video) notFound();
  const path = pathForVideo(video.slug);
  // The series' other parts (previous, next, "Part n of m") and the specialty's videos (the
  // related box) show here: a change to any of them drops this page at once.
  const [series, related] = await Promise.all([
    video.series ? getVideoSeriesBySlug(video.series.slug) : Promise.resolve(null),
    listRelatedVideos(video),
    tagCachedPage([
      contentTag.item('video', video.slug),
      video.series ? contentTag.series(video.series.slug) : null,
      video.specialty ? contentTag.specialty(video.specialty.slug, 'videos') : null,
    ]),
  ]);
  const position = series ? findSeriesPosition(series.parts, video.id) : null;
  const body = video.body ? renderMarkdown(video.body, { siteOrigin: siteUrl() }).html : null;
  const embed = publicEmbed(video);
  const trail = [{ href: '/videos', label: 'Videos' }];
  if (video.series) trail.push({ href: pathForVideoSeries(video.series.slug), label: video.series.title });

  return (
    <>
      <JsonLd
        data={[
          buildVideoJsonLd({
            ...video,
            embedUrl: embed?.kind === 'frame' ? embed.src : null,
            contentUrl: embed?.kind === 'file' ? embed.src : null,
            thumbnailUrl: embed?.kind === 'frame' ? embed.thumbnailUrl : null,
          }),
          buildBreadcrumbJsonLd([
            { label: 'Home', path: '/' },
            ...trail.map((crumb) => ({ label: crumb.label, path: crumb.href })),
            { label: video.title, path },
          ]),
        ]}
      />
      <ArticleLayout
        trail={trail}
        title={video.title}
        summary={video.summary}
        meta={
          <>
            <VideoFacts video={video} />
            <div className="mt-3">
              <BookmarkButton kind="video" slug={video.slug} path={path} />
            </div>
          </>
        }
        media={
          <>
            {video.player ? <VideoPlayer title={video.title} player={video.player} /> : <MembersNotice what="video" returnTo={path} />}
            {video.series && position ? <VideoSeriesNav series={video.series} position={position} /> : null}
          </>
        }
        after={<VideoRelated video={video} items={related} />}
      >
        {/* Below the player, so loaded lazily: the player is what the reader came for. */}
        <CoverImageTag image={video.cover} className="mb-8 h-auto w-full rounded-lg" />
        {body ? <Prose html={body} /> : null}
        {video.transcript ? (
          <details className="mt-8 rounded-lg border border-slate-200 p-4">
            <summary className="cursor-pointer text-lg font-bold text-slate-900">Transcript</summary>
            <div className="mt-4 max-w-prose text-[1.0625rem] leading-relaxed whitespace-pre-line text-slate-800">{video.transcript}</div>
          </details>
        ) : null}
      </ArticleLayout>
    </>
  );
}

function VideoFacts({ video }: { video: VideoDetail }) {
  const facts: Fact[] = [];
  if (video.speaker) facts.push({ label: 'Speaker', value: video.speaker });
  if (video.durationSeconds) facts.push({ label: 'Duration', value: <DurationText seconds={video.durationSeconds} /> });
  if (video.specialty) {
    facts.push({
      label: 'Specialty',
      value: (
        <Link href={`/specialties/${video.specialty.slug}`} className="link">
          {video.specialty.name}
        </Link>
      ),
    });
  }
  facts.push({ label: 'Published', value: <DateText value={video.publishedAt} /> });
  if (video.access === 'members') facts.push({ label: 'Access', value: 'Registered doctors' });
  return <Facts items={facts} />;
}
