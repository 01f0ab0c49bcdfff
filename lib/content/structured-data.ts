import type { PostKind } from '@/lib/db/schema';
import { absoluteUrl, siteName } from '@/lib/site';
import { anonymousViewer, canReadFull } from './access';
import { toIsoDuration, toZonedIsoString } from './format';
import { pathForEvent, pathForPost, pathForVideo, pathForVideoSeries, toSafeHttpUrl } from './paths';

/*
 * schema.org JSON-LD for public pages, one builder per kind. Builders take only the
 * fields they describe, never a body: a members-only item must not reach a crawler or an
 * anonymous reader through its structured data, so the simplest guarantee is that no
 * builder has a body to put in. Members-only items say `isAccessibleForFree: false`.
 */

export type JsonLd = { '@context': 'https://schema.org'; '@type': string } & Record<string, unknown>;

/**
 * JSON for a <script type="application/ld+json">. `<` is escaped so no text inside can
 * close the script element (`</script>`) or open a comment; the line separators are
 * escaped because some older parsers end a JavaScript string at them.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The site as the publisher of everything on it. */
export function buildPublisher(): Record<string, unknown> {
  return { '@type': 'Organization', name: siteName, url: absoluteUrl('/') };
}

/** A named person, or the site itself when no person is named (seeded editorial content). */
export function buildAuthor(name: string | null | undefined): Record<string, unknown> {
  return name ? { '@type': 'Person', name } : buildPublisher();
}

/** What the post builders need: list facts, dates and names, deliberately no body. */
export type PostStructuredInput = {
  kind: PostKind;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt: Date;
  access: string;
  authorName: string | null;
  reviewerName: string | null;
  specialty: { slug: string; name: string } | null;
  /** ISO date (YYYY-MM-DD). */
  lastReviewedAt: string | null;
};

const POST_TYPES: Record<PostKind, string> = {
  condition: 'MedicalWebPage',
  news: 'NewsArticle',
  article: 'Article',
};

/**
 * MedicalWebPage for a condition article (about the MedicalCondition, with its review),
 * NewsArticle for news, Article for articles.
 */
export function buildPostJsonLd(post: PostStructuredInput): JsonLd {
  const url = absoluteUrl(pathForPost(post.kind, post.slug));
  const data: JsonLd = {
    '@context': 'https://schema.org',
    '@type': POST_TYPES[post.kind],
    headline: post.title,
    name: post.title,
    description: post.summary,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    datePublished: post.publishedAt.toISOString(),
    dateModified: post.updatedAt.toISOString(),
    author: buildAuthor(post.authorName),
    publisher: buildPublisher(),
    inLanguage: 'en',
  };
  if (post.kind !== 'condition' && post.specialty) data.articleSection = post.specialty.name;
  if (post.kind === 'condition') {
    data.about = { '@type': 'MedicalCondition', name: post.title };
    if (post.specialty) data.keywords = post.specialty.name;
    if (post.lastReviewedAt) data.lastReviewed = post.lastReviewedAt;
    if (post.reviewerName) data.reviewedBy = { '@type': 'Person', name: post.reviewerName };
  }
  // Pages are made for anonymous readers, as search engines read them.
  if (!canReadFull(post, anonymousViewer)) data.isAccessibleForFree = false;
  return data;
}

/** A breadcrumb trail, Home first, the page itself last. */
export function buildBreadcrumbJsonLd(trail: Array<{ label: string; path: string }>): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/** What the event builder needs: facts of the listing and the detail page, no body. */
export type EventStructuredInput = {
  slug: string;
  title: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string | null;
  virtualUrl: string | null;
  organiser: string;
  registrationUrl: string | null;
};

/**
 * An Event with its local start and end (offset included), where it happens (a Place, a
 * VirtualLocation or both) and who organises it.
 */
export function buildEventJsonLd(event: EventStructuredInput): JsonLd {
  const joinUrl = toSafeHttpUrl(event.virtualUrl);
  const place = event.venue ? { '@type': 'Place', name: event.venue, address: event.venue } : null;
  const virtual = joinUrl ? { '@type': 'VirtualLocation', url: joinUrl } : null;
  const mode = place && virtual ? 'MixedEventAttendanceMode' : place ? 'OfflineEventAttendanceMode' : 'OnlineEventAttendanceMode';
  const locations = [place, virtual].filter((l) => l !== null);
  const data: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: absoluteUrl(pathForEvent(event.slug)),
    startDate: toZonedIsoString(event.startsAt, event.timeZone),
    endDate: toZonedIsoString(event.endsAt, event.timeZone),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${mode}`,
    location: locations.length === 1 ? locations[0] : locations,
    organizer: { '@type': 'Organization', name: event.organiser },
  };
  const registerUrl = toSafeHttpUrl(event.registrationUrl);
  if (registerUrl) data.offers = { '@type': 'Offer', url: registerUrl };
  return data;
}

/** What the video builder needs: no body, no transcript; the player's addresses separately. */
export type VideoStructuredInput = {
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  updatedAt: Date;
  durationSeconds: number | null;
  speaker: string | null;
  access: string;
  series: { slug: string; title: string } | null;
  /** The player's addresses; used only when the video is public. */
  embedUrl: string | null;
  contentUrl: string | null;
  thumbnailUrl: string | null;
};

/**
 * A VideoObject. The player's addresses (embed, file, thumbnail, which names the hosted
 * video) go in only for a public video: a members-only one is described, never reachable.
 */
export function buildVideoJsonLd(video: VideoStructuredInput): JsonLd {
  const isPublic = canReadFull(video, anonymousViewer);
  const data: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: video.title,
    description: video.summary,
    url: absoluteUrl(pathForVideo(video.slug)),
    uploadDate: video.publishedAt.toISOString(),
    dateModified: video.updatedAt.toISOString(),
    publisher: buildPublisher(),
    inLanguage: 'en',
  };
  if (video.durationSeconds) data.duration = toIsoDuration(video.durationSeconds);
  if (video.speaker) data.creator = { '@type': 'Person', name: video.speaker };
  if (video.series) {
    data.isPartOf = { '@type': 'CreativeWorkSeries', name: video.series.title, url: absoluteUrl(pathForVideoSeries(video.series.slug)) };
  }
  if (isPublic) {
    if (video.embedUrl) data.embedUrl = video.embedUrl;
    if (video.contentUrl) data.contentUrl = video.contentUrl.startsWith('/') ? absoluteUrl(video.contentUrl) : video.contentUrl;
    if (video.thumbnailUrl) data.thumbnailUrl = video.thumbnailUrl;
  } else {
    data.isAccessibleForFree = false;
  }
  return data;
}
