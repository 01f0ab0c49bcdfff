import { describe, expect, it } from 'vitest';
import {
  buildBreadcrumbJsonLd,
  buildEventJsonLd,
  buildPostJsonLd,
  buildVideoJsonLd,
  serializeJsonLd,
  type EventStructuredInput,
  type PostStructuredInput,
  type VideoStructuredInput,
} from './structured-data';

const base: PostStructuredInput = {
  kind: 'news',
  slug: 'a-news-item',
  title: 'A news item',
  summary: 'What happened, in a sentence.',
  publishedAt: new Date('2026-04-01T09:00:00Z'),
  updatedAt: new Date('2026-04-02T10:00:00Z'),
  access: 'public',
  authorName: 'Dr. Jane Roe',
  reviewerName: null,
  specialty: { slug: 'oncology', name: 'Oncology' },
  lastReviewedAt: null,
};

describe('buildPostJsonLd', () => {
  it('describes news as a NewsArticle with its dates, author, section and address', () => {
    const data = buildPostJsonLd(base);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A news item',
      description: 'What happened, in a sentence.',
      datePublished: '2026-04-01T09:00:00.000Z',
      dateModified: '2026-04-02T10:00:00.000Z',
      author: { '@type': 'Person', name: 'Dr. Jane Roe' },
      articleSection: 'Oncology',
    });
    expect(data.url).toMatch(/^https?:\/\/[^/]+\/news\/a-news-item$/);
    expect(data).not.toHaveProperty('isAccessibleForFree');
  });

  it('describes an article as an Article and credits the site when nobody is named', () => {
    const data = buildPostJsonLd({ ...base, kind: 'article', authorName: null });
    expect(data['@type']).toBe('Article');
    expect(data.author).toMatchObject({ '@type': 'Organization' });
    expect(data.url).toMatch(/\/articles\/a-news-item$/);
  });

  it('describes a condition as a MedicalWebPage about a MedicalCondition, with its review', () => {
    const data = buildPostJsonLd({
      ...base,
      kind: 'condition',
      slug: 'calcinosis',
      title: 'Calcinosis',
      reviewerName: 'Dr. Ada Reviewer',
      lastReviewedAt: '2026-03-30',
    });
    expect(data).toMatchObject({
      '@type': 'MedicalWebPage',
      about: { '@type': 'MedicalCondition', name: 'Calcinosis' },
      lastReviewed: '2026-03-30',
      reviewedBy: { '@type': 'Person', name: 'Dr. Ada Reviewer' },
    });
  });

  it('leaves out the review when a condition has none', () => {
    const data = buildPostJsonLd({ ...base, kind: 'condition' });
    expect(data).not.toHaveProperty('reviewedBy');
    expect(data).not.toHaveProperty('lastReviewed');
  });

  it('marks a members-only post as not free and carries no body, even when handed one', () => {
    const secret = 'MEMBERS-ONLY-MARKER: full clinical protocol follows.';
    const withBody = { ...base, access: 'members', body: secret } as PostStructuredInput & { body: string };
    const data = buildPostJsonLd(withBody);
    expect(data.isAccessibleForFree).toBe(false);
    expect(data).not.toHaveProperty('articleBody');
    expect(serializeJsonLd(data)).not.toContain('MEMBERS-ONLY-MARKER');
  });
});

describe('serializeJsonLd', () => {
  it('cannot be broken out of its script element', () => {
    const data = buildPostJsonLd({ ...base, title: '</script><script>alert(1)</script><!--', summary: 'a & b \u2028' });
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toContain('\\u003c/script\\u003e');
    // Still the same data once parsed.
    expect(JSON.parse(text).headline).toBe('</script><script>alert(1)</script><!--');
    expect(JSON.parse(text).description).toBe('a & b \u2028');
  });
});

describe('buildBreadcrumbJsonLd', () => {
  it('numbers the trail from Home with absolute addresses', () => {
    const data = buildBreadcrumbJsonLd([
      { label: 'Home', path: '/' },
      { label: 'News', path: '/news' },
    ]);
    expect(data['@type']).toBe('BreadcrumbList');
    const items = data.itemListElement as Array<{ position: number; name: string; item: string }>;
    expect(items.map((i) => [i.position, i.name])).toEqual([
      [1, 'Home'],
      [2, 'News'],
    ]);
    expect(items[1]!.item).toMatch(/^https?:\/\/.+\/news$/);
  });
});

const congress: EventStructuredInput = {
  slug: 'vienna-congress',
  title: 'Vienna Congress',
  summary: 'Three days of oncology.',
  startsAt: new Date('2026-10-13T07:00:00Z'),
  endsAt: new Date('2026-10-15T15:00:00Z'),
  timeZone: 'Europe/Vienna',
  venue: 'Austria Center Vienna',
  virtualUrl: null,
  organiser: 'ISCB',
  registrationUrl: 'https://example.org/register',
};

describe('buildEventJsonLd', () => {
  it('gives the local start and end with their offset, the place and the organiser', () => {
    expect(buildEventJsonLd(congress)).toMatchObject({
      '@type': 'Event',
      name: 'Vienna Congress',
      description: 'Three days of oncology.',
      url: expect.stringMatching(/\/events\/vienna-congress$/),
      startDate: '2026-10-13T09:00:00+02:00',
      endDate: '2026-10-15T17:00:00+02:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', name: 'Austria Center Vienna' },
      organizer: { '@type': 'Organization', name: 'ISCB' },
    });
  });

  it('says Online with a VirtualLocation, and Mixed when there is both', () => {
    const online = buildEventJsonLd({ ...congress, venue: null, virtualUrl: 'https://example.org/live' });
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://example.org/live' });
    const mixed = buildEventJsonLd({ ...congress, virtualUrl: 'https://example.org/live' });
    expect(mixed.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(mixed.location).toHaveLength(2);
  });

  it('drops a link that is not http(s)', () => {
    const data = buildEventJsonLd({ ...congress, virtualUrl: 'javascript:alert(1)', registrationUrl: 'javascript:alert(1)' });
    expect(JSON.stringify(data)).not.toContain('javascript:');
  });
});

const talk: VideoStructuredInput = {
  slug: 'a-talk',
  title: 'A talk',
  summary: 'What the talk covers.',
  publishedAt: new Date('2026-04-01T09:00:00Z'),
  updatedAt: new Date('2026-04-02T09:00:00Z'),
  durationSeconds: 3912,
  speaker: 'Dr. Jane Roe',
  access: 'public',
  series: { slug: 'basics', title: 'Basics' },
  embedUrl: 'https://www.youtube-nocookie.com/embed/abc?rel=0',
  contentUrl: null,
  thumbnailUrl: 'https://i.ytimg.com/vi/abc/hqdefault.jpg',
};

describe('buildVideoJsonLd', () => {
  it('describes a public video with its upload date, ISO duration and player', () => {
    expect(buildVideoJsonLd(talk)).toMatchObject({
      '@type': 'VideoObject',
      name: 'A talk',
      description: 'What the talk covers.',
      uploadDate: '2026-04-01T09:00:00.000Z',
      duration: 'PT1H5M12S',
      embedUrl: talk.embedUrl,
      thumbnailUrl: talk.thumbnailUrl,
      creator: { '@type': 'Person', name: 'Dr. Jane Roe' },
      isPartOf: { name: 'Basics', url: expect.stringMatching(/\/videos\/series\/basics$/) },
    });
  });

  it('never names the player of a members-only video', () => {
    const data = buildVideoJsonLd({ ...talk, access: 'members', contentUrl: 'https://example.org/secret.mp4' });
    expect(data.isAccessibleForFree).toBe(false);
    expect(data).not.toHaveProperty('embedUrl');
    expect(data).not.toHaveProperty('contentUrl');
    expect(data).not.toHaveProperty('thumbnailUrl');
    expect(JSON.stringify(data)).not.toMatch(/youtube|ytimg|secret\.mp4/);
  });
});
