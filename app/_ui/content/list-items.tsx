import type { EventListItem } from '@/lib/content/events';
import type { PostListItem } from '@/lib/content/posts';
import type { VideoListItem } from '@/lib/content/videos';
import { pathForEvent, pathForPost, pathForVideo } from '@/lib/content/paths';
import type { ContentListItem } from './content-list';
import { DateText, DurationText, EventTime, placeLabel } from './meta';

/* The three kinds, shaped for ContentList. */

export function postToListItem(post: PostListItem, options: { withSummary?: boolean } = {}): ContentListItem {
  return {
    key: post.id,
    href: pathForPost(post.kind, post.slug),
    title: post.title,
    meta: <DateText value={post.publishedAt} />,
    summary: options.withSummary ? post.summary : undefined,
    badge: post.access === 'members' ? 'Members' : undefined,
  };
}

export function eventToListItem(event: EventListItem, options: { withSummary?: boolean } = {}): ContentListItem {
  return {
    key: event.id,
    href: pathForEvent(event.slug),
    title: event.title,
    meta: (
      <>
        <EventTime startsAt={event.startsAt} timeZone={event.timeZone} />
        <span aria-hidden="true"> · </span>
        <span className="sr-only">, </span>
        {placeLabel(event.venue)}
      </>
    ),
    summary: options.withSummary ? event.summary : undefined,
  };
}

export function videoToListItem(
  video: VideoListItem,
  options: { withSummary?: boolean; withPart?: boolean } = {},
): ContentListItem {
  const facts = [
    video.durationSeconds ? <DurationText key="d" seconds={video.durationSeconds} /> : null,
    video.speaker ? <span key="s">{video.speaker}</span> : null,
  ].filter((fact) => fact !== null);
  return {
    key: video.id,
    href: pathForVideo(video.slug),
    title: video.title,
    meta:
      facts.length > 0
        ? facts.map((fact, i) => (
            <span key={i}>
              {i > 0 ? <span aria-hidden="true"> · </span> : null}
              {i > 0 ? <span className="sr-only">, </span> : null}
              {fact}
            </span>
          ))
        : undefined,
    summary: options.withSummary ? video.summary : undefined,
    badge: video.access === 'members' ? 'Members' : undefined,
    number: options.withPart && video.partNumber ? video.partNumber : undefined,
  };
}
