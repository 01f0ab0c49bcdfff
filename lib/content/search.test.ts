import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { events, posts, videos, type NewEvent, type NewPost, type NewVideo } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import * as search from './search';
import { CANDIDATE_LIMIT, MAX_SEARCH_PAGE } from './search-input';
import type { SearchHit, SearchOutcome, SearchResults } from './search';

/*
 * Search against a database of its own, migrated and seeded with the real seed, plus rows
 * this file adds with made-up words no seed text contains, so every expectation is exact.
 */

const HOUR = 3_600_000;
const SEED_MARKER = 'MEMBERS-ONLY-MARKER';
// Words found nowhere else: each test owns one.
const BODY_ONLY_SECRET = 'zorblaxine';

const { db } = testDatabase('seeded', 'content_search');
const hourAgo = new Date(Date.now() - HOUR);

async function insertPost(row: Partial<NewPost> & { slug: string; title: string }) {
  await db.insert(posts).values({
    kind: 'news',
    summary: 'A row added by the search tests.',
    body: 'Nothing to see here.',
    status: 'published',
    publishedAt: hourAgo,
    ...row,
  });
}

async function insertEvent(row: Partial<NewEvent> & { slug: string; title: string }) {
  await db.insert(events).values({
    summary: 'An event added by the search tests.',
    body: 'Details follow.',
    startsAt: new Date(Date.now() + 30 * 24 * HOUR),
    endsAt: new Date(Date.now() + 30 * 24 * HOUR + 2 * HOUR),
    timeZone: 'Europe/Vienna',
    venue: 'Vienna',
    organiser: 'Test Society',
    status: 'published',
    publishedAt: hourAgo,
    ...row,
  });
}

async function insertVideo(row: Partial<NewVideo> & { slug: string; title: string }) {
  await db.insert(videos).values({
    summary: 'A video added by the search tests.',
    provider: 'youtube',
    providerVideoId: 'abc123',
    status: 'published',
    publishedAt: hourAgo,
    ...row,
  });
}

async function bodyOf(kind: SearchHit['kind'], slug: string) {
  if (kind === 'event') {
    const [row] = await db.select({ t: events.title, s: events.summary, b: events.body }).from(events).where(eq(events.slug, slug));
    return `${row?.t} ${row?.s} ${row?.b}`;
  }
  if (kind === 'video') {
    const [row] = await db.select({ t: videos.title, s: videos.summary, b: videos.body }).from(videos).where(eq(videos.slug, slug));
    return `${row?.t} ${row?.s} ${row?.b}`;
  }
  const [row] = await db
    .select({ t: posts.title, s: posts.summary, b: posts.body })
    .from(posts)
    .where(and(eq(posts.kind, kind), eq(posts.slug, slug)));
  return `${row?.t} ${row?.s} ${row?.b}`;
}

function expectResults(outcome: SearchOutcome): SearchResults {
  if (!outcome.ok) throw new Error(`expected results, got a refusal: ${outcome.reason}`);
  return outcome;
}

const slugsOf = (outcome: SearchOutcome) => expectResults(outcome).items.map((hit) => hit.slug);

describe('searchContent: web-search syntax', () => {
  it('finds the Calcinosis article by a quoted phrase from its text', async () => {
    const results = expectResults(await search.searchContent({ q: '"calcium deposits"' }));
    expect(results.items.map((hit) => hit.href)).toContain('/conditions/calcinosis');
    const hit = results.items.find((h) => h.slug === 'calcinosis')!;
    expect(hit.snippetHtml).toMatch(/<mark>calcium<\/mark> <mark>deposits<\/mark>/i);
  });

  it('matches a quoted phrase only when its words stand together, in that order', async () => {
    await insertPost({ slug: 'phrase-probe', title: 'Phrase probe', body: 'The zebrafish swam past a sleepy quokka at dawn.' });
    expect(slugsOf(await search.searchContent({ q: 'zebrafish quokka' }))).toEqual(['phrase-probe']);
    expect(slugsOf(await search.searchContent({ q: '"zebrafish swam"' }))).toEqual(['phrase-probe']);
    expect(slugsOf(await search.searchContent({ q: '"zebrafish quokka"' }))).toEqual([]);
    expect(slugsOf(await search.searchContent({ q: '"swam zebrafish"' }))).toEqual([]);
  });

  it('leaves out items that mention an excluded word', async () => {
    const all = expectResults(await search.searchContent({ q: 'cancer' }));
    const withoutLung = expectResults(await search.searchContent({ q: 'cancer -lung' }));
    expect(withoutLung.total).toBeGreaterThan(0);
    expect(withoutLung.total).toBeLessThan(all.total);
    for (const hit of withoutLung.items) {
      expect(await bodyOf(hit.kind, hit.slug), hit.slug).not.toMatch(/\blungs?\b/i);
    }
    // The lung adenocarcinoma news item: found by a word of it, gone once "lung" is excluded.
    const lungItem = 'a-new-mechanism-of-radioresistance-formation-demonstrated-in-lung-adenocarcinoma';
    expect(slugsOf(await search.searchContent({ q: 'radioresistance' }))).toContain(lungItem);
    expect(slugsOf(await search.searchContent({ q: 'radioresistance -lung' }))).not.toContain(lungItem);
    expect(slugsOf(await search.searchContent({ q: 'radioresistance -"lung adenocarcinoma"' }))).not.toContain(lungItem);
  });

  it('accepts "or" between words', async () => {
    await insertPost({ slug: 'or-probe-one', title: 'Axolotlosis explained' });
    await insertPost({ slug: 'or-probe-two', title: 'Pangolinitis explained' });
    expect(slugsOf(await search.searchContent({ q: 'axolotlosis or pangolinitis' })).sort()).toEqual(['or-probe-one', 'or-probe-two']);
    expect(slugsOf(await search.searchContent({ q: 'axolotlosis pangolinitis' }))).toEqual([]);
  });
});

describe('searchContent: ranking', () => {
  it('ranks a title hit above a body-only hit, even when the body hit is newer', async () => {
    await insertPost({
      slug: 'rank-title-hit',
      title: 'Wombatoid syndrome in adults',
      body: 'An overview.',
      publishedAt: new Date(Date.now() - 5 * HOUR),
    });
    await insertPost({
      slug: 'rank-body-hit',
      title: 'A general overview',
      body: 'Among rarer findings, wombatoid changes were noted once.',
      publishedAt: new Date(Date.now() - HOUR),
    });
    expect(slugsOf(await search.searchContent({ q: 'wombatoid' }))).toEqual(['rank-title-hit', 'rank-body-hit']);
  });

  it('ranks a summary hit above a body-only hit', async () => {
    await insertPost({
      slug: 'rank-summary-hit',
      title: 'Notes',
      summary: 'What we know about quetzalosis.',
      publishedAt: new Date(Date.now() - 5 * HOUR),
    });
    await insertPost({ slug: 'rank-body-hit-2', title: 'More notes', body: 'One case of quetzalosis is reported.' });
    expect(slugsOf(await search.searchContent({ q: 'quetzalosis' }))).toEqual(['rank-summary-hit', 'rank-body-hit-2']);
  });
});

describe('searchContent: old titles', () => {
  it('ranks an old item whose title matches near the top of page 1, past 300 newer items that mention it in their bodies', async () => {
    await insertPost({
      slug: 'old-title-hit',
      kind: 'condition',
      title: 'Tapirosis in adults',
      summary: 'A condition article from long ago.',
      publishedAt: new Date(Date.now() - 3 * 365 * 24 * HOUR),
    });
    await db.insert(posts).values(
      Array.from({ length: 300 }, (_, i) => ({
        kind: 'news' as const,
        slug: `tapirosis-body-${i}`,
        title: `Ward notes ${i}`,
        summary: 'A row added by the search tests.',
        body: `A passing mention of tapirosis in adults, note ${i}.`,
        status: 'published' as const,
        publishedAt: new Date(Date.now() - (i + 2) * HOUR),
      })),
    );
    for (const q of ['tapirosis', '"tapirosis in adults"']) {
      const results = expectResults(await search.searchContent({ q }));
      expect(results.items.slice(0, 3).map((hit) => hit.slug), q).toContain('old-title-hit');
      // More match than are ranked, and the count says so.
      expect(results, q).toMatchObject({ total: CANDIDATE_LIMIT, isTotalCapped: true, totalPages: MAX_SEARCH_PAGE });
    }
    // Every page from the same ranking: each item once.
    const slugs: string[] = [];
    for (let page = 1; page <= MAX_SEARCH_PAGE; page++) slugs.push(...slugsOf(await search.searchContent({ q: 'tapirosis', page })));
    expect(slugs).toHaveLength(CANDIDATE_LIMIT);
    expect(new Set(slugs).size).toBe(CANDIDATE_LIMIT);
  });
});

describe('searchContent: filters and pages', () => {
  it('filters by kind', async () => {
    await insertEvent({ slug: 'kind-probe-event', title: 'Narwhalology congress' });
    await insertVideo({ slug: 'kind-probe-video', title: 'Narwhalology lecture' });
    await insertPost({ slug: 'kind-probe-article', kind: 'article', title: 'Narwhalology review' });
    await insertPost({ slug: 'kind-probe-condition', kind: 'condition', title: 'Narwhalology basics' });
    const all = expectResults(await search.searchContent({ q: 'narwhalology' }));
    expect(all.items.map((h) => h.kind).sort()).toEqual(['article', 'condition', 'event', 'video']);
    for (const kind of ['article', 'condition', 'event', 'video', 'news'] as const) {
      const filtered = expectResults(await search.searchContent({ q: 'narwhalology', kind }));
      expect(filtered.items.map((h) => h.kind)).toEqual(kind === 'news' ? [] : [kind]);
    }
    const event = all.items.find((h) => h.kind === 'event')!;
    expect(event.href).toBe('/events/kind-probe-event');
    expect(event.timeZone).toBe('Europe/Vienna');
    expect(all.items.find((h) => h.kind === 'video')!.href).toBe('/videos/kind-probe-video');
  });

  it('filters by specialty', async () => {
    const oncology = expectResults(await search.searchContent({ q: 'cancer', specialty: 'oncology' }));
    expect(oncology.total).toBeGreaterThan(0);
    expect(oncology.items.every((h) => h.specialty?.slug === 'oncology')).toBe(true);
    const unknown = expectResults(await search.searchContent({ q: 'cancer', specialty: 'no-such-specialty' }));
    expect(unknown.total).toBe(0);
  });

  it('pages through results 20 at a time, each item once', async () => {
    for (let i = 0; i < 45; i++) {
      await insertPost({
        slug: `page-probe-${i}`,
        title: `Capybarosis note ${i}`,
        publishedAt: new Date(Date.now() - (i + 2) * HOUR),
      });
    }
    const pages = [];
    for (const page of [1, 2, 3]) pages.push(expectResults(await search.searchContent({ q: 'capybarosis', page })));
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages.every((p) => p.total === 45 && p.totalPages === 3)).toBe(true);
    const slugs = pages.flatMap((p) => p.items.map((h) => h.slug));
    expect(new Set(slugs).size).toBe(45);
    const past = expectResults(await search.searchContent({ q: 'capybarosis', page: 4 }));
    expect(past.items).toEqual([]);
    expect(past.total).toBe(45);
  });

  it('lists only published items whose time has come', async () => {
    const future = new Date(Date.now() + 24 * HOUR);
    await insertPost({ slug: 'state-published', title: 'Okapitis published' });
    await insertPost({ slug: 'state-scheduled-due', title: 'Okapitis due', status: 'scheduled' });
    await insertPost({ slug: 'state-scheduled-later', title: 'Okapitis later', status: 'scheduled', publishedAt: future });
    await insertPost({ slug: 'state-draft', title: 'Okapitis draft', status: 'draft', publishedAt: null });
    await insertPost({ slug: 'state-archived', title: 'Okapitis archived', status: 'archived' });
    await insertEvent({ slug: 'state-event-draft', title: 'Okapitis meeting', status: 'draft', publishedAt: null });
    await insertVideo({ slug: 'state-video-later', title: 'Okapitis talk', publishedAt: future });
    expect(slugsOf(await search.searchContent({ q: 'okapitis' })).sort()).toEqual(['state-published', 'state-scheduled-due']);
  });
});

describe('searchContent: what a stranger can learn about members-only items', () => {
  beforeAll(async () => {
    await insertPost({
      slug: 'members-probe',
      kind: 'article',
      title: 'Quillfeather protocol for clinicians',
      summary: 'How to apply the quillfeather protocol safely.',
      body: `Restricted: ${BODY_ONLY_SECRET} dosing tables and the full quillfeather schedule.`,
      access: 'members',
    });
    await insertVideo({
      slug: 'members-probe-video',
      title: 'Quillfeather masterclass',
      summary: 'A masterclass for members.',
      body: `Speaker notes: ${BODY_ONLY_SECRET}.`,
      transcript: `Transcript mentions ${BODY_ONLY_SECRET}.`,
      access: 'members',
    });
  });

  it('never finds a members-only item by a word of its body', async () => {
    const results = expectResults(await search.searchContent({ q: BODY_ONLY_SECRET }));
    expect(results.total).toBe(0);
    expect(results.items).toEqual([]);
  });

  it('finds it by title and shows its summary, never its body', async () => {
    const results = expectResults(await search.searchContent({ q: 'quillfeather' }));
    expect(results.items.map((h) => h.slug).sort()).toEqual(['members-probe', 'members-probe-video']);
    const post = results.items.find((h) => h.slug === 'members-probe')!;
    expect(post.access).toBe('members');
    expect(post.snippetHtml).toBe('How to apply the <mark>quillfeather</mark> protocol safely.');
    for (const hit of results.items) {
      expect(hit.snippetHtml).not.toContain(BODY_ONLY_SECRET);
      expect(hit.snippetHtml).not.toMatch(/dosing|schedule|speaker notes|transcript/i);
    }
  });

  it('does not let an exclusion test the hidden body', async () => {
    // Were the body consulted, excluding its word would hide the item and so reveal the word.
    expect(slugsOf(await search.searchContent({ q: `quillfeather -${BODY_ONLY_SECRET}` })).sort()).toEqual([
      'members-probe',
      'members-probe-video',
    ]);
    // A word of the body cannot combine with a title word either.
    expect(slugsOf(await search.searchContent({ q: `quillfeather ${BODY_ONLY_SECRET}` }))).toEqual([]);
    expect(slugsOf(await search.searchContent({ q: `"quillfeather schedule"` }))).toEqual([]);
  });

  it('finds it by a phrase from its title or summary', async () => {
    expect(slugsOf(await search.searchContent({ q: '"quillfeather protocol"' }))).toEqual(['members-probe']);
    expect(slugsOf(await search.searchContent({ q: '"quillfeather masterclass"' }))).toEqual(['members-probe-video']);
  });

  it('keeps the seeded members-only article’s body out of every result', async () => {
    const seeded = 'managing-immune-related-adverse-events-a-practical-protocol';
    for (const q of ['"clinical protocol"', 'myocarditis', 'methylprednisolone', SEED_MARKER, 'protocol', 'immune adverse events']) {
      const outcome = await search.searchContent({ q });
      if (!outcome.ok) continue;
      for (const hit of outcome.items) {
        expect(hit.snippetHtml, q).not.toContain(SEED_MARKER);
        if (hit.slug === seeded) expect(hit.snippetHtml, q).not.toMatch(/myocarditis|methylprednisolone|checkpoint inhibitors can/i);
      }
      // Found only through its title and summary.
      const found = outcome.items.some((hit) => hit.slug === seeded);
      expect(found, q).toBe(['protocol', 'immune adverse events'].includes(q));
    }
  });
});

describe('searchContent: snippets are safe HTML', () => {
  it('escapes the stored text and keeps only <mark> as markup', async () => {
    await insertPost({
      slug: 'escape-probe',
      title: 'Xenolith <b>bold</b> & "quoted" title',
      summary: 'Summary with 5 < 6 and xenolith.',
      body: 'Body: a < b > c, xenolith <img src=x onerror=alert(1)> and <script>alert(1)</script> & more.',
    });
    const [hit] = expectResults(await search.searchContent({ q: 'xenolith' })).items;
    expect(hit?.slug).toBe('escape-probe');
    for (const html of [hit!.titleHtml, hit!.snippetHtml]) {
      expect(html.replace(/<\/?mark>/g, ''), html).not.toMatch(/[<>"]/);
    }
    // The title reads as written, escaped, with the match marked.
    expect(hit!.titleHtml).toBe('<mark>Xenolith</mark> &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; title');
    expect(hit!.snippetHtml).toContain('<mark>xenolith</mark>');
    expect(hit!.snippetHtml).toContain('&lt;');
  });

  it('turns only balanced marker pairs into <mark>', () => {
    expect(search.toMarkedHtml('\u0002a\u0003 <b> & \u0002b\u0003')).toBe('<mark>a</mark> &lt;b&gt; &amp; <mark>b</mark>');
    expect(search.toMarkedHtml('\u0003stray \u0002open')).toBe('stray <mark>open</mark>');
  });
});

describe('requiredWordPairs', () => {
  it('gives the neighbouring words of each phrase every match needs', () => {
    expect(search.requiredWordPairs("'chronic' <-> 'kidney'")).toEqual({ query: "'chronic kidney'", isExact: true });
    expect(search.requiredWordPairs("'a' <-> 'b' & 'c' <-> 'd'")).toEqual({ query: "'a b' & 'c d'", isExact: true });
    expect(search.requiredWordPairs("'o''brien' <-> 'test'")).toEqual({ query: "'o''brien test'", isExact: true });
    // Needed but not enough: the vector is checked too.
    expect(search.requiredWordPairs("'chronic' <-> 'kidney' <-> 'diseas'")).toEqual({
      query: "'chronic kidney' & 'kidney diseas'",
      isExact: false,
    });
    expect(search.requiredWordPairs("'chronic' <-> 'kidney' & 'dialysi'")).toEqual({ query: "'chronic kidney'", isExact: false });
  });

  it('gives none when no phrase is required of every match, or its words are not side by side', () => {
    expect(search.requiredWordPairs("'chronic' & 'kidney'")).toBeNull();
    expect(search.requiredWordPairs("'chronic' <-> 'kidney' | 'dialysi'")).toBeNull();
    expect(search.requiredWordPairs("'dialysi' & !( 'chronic' <-> 'kidney' )")).toBeNull();
    expect(search.requiredWordPairs("'kidney' <3> 'patient'")).toBeNull();
    expect(search.requiredWordPairs("'follow-up' <-> 'follow' & 'obes'")).toBeNull();
  });

  it('finds the first word of a query for the snippet', () => {
    expect(search.firstQueryWord("'calcinosi' <-> 'manag'")).toBe('calcinosi');
    expect(search.firstQueryWord("!'lung' & 'o''brien'")).toBe('lung');
  });
});

describe('searchContent: quoted phrases through the word-pairs index', () => {
  it('finds a phrase of three words only in that order, and never by a members-only body', async () => {
    await insertPost({ slug: 'pairs-probe', title: 'Pairs probe', body: 'Every wombat burrow faces north at the sanctuary.' });
    await insertPost({
      slug: 'pairs-probe-members',
      title: 'Members pairs probe',
      access: 'members',
      body: 'Each narwhal tusk spirals left in the hidden notes.',
    });
    expect(slugsOf(await search.searchContent({ q: '"wombat burrow faces"' }))).toEqual(['pairs-probe']);
    expect(slugsOf(await search.searchContent({ q: '"burrow wombat faces"' }))).toEqual([]);
    expect(slugsOf(await search.searchContent({ q: '"wombat burrow" -sanctuary' }))).toEqual([]);
    expect(slugsOf(await search.searchContent({ q: '"narwhal tusk"' }))).toEqual([]);
    expect(slugsOf(await search.searchContent({ q: '"members pairs probe"' }))).toEqual(['pairs-probe-members']);
  });
});

describe('searchContent: whatever is typed', () => {
  const hostile = [
    "'",
    '"',
    '\\',
    "'; drop table posts; --",
    '%',
    '_',
    '*',
    '()',
    '(',
    '<script>alert(1)</script>',
    '<b>dugongitis</b>',
    '😀',
    '🩺 cancer',
    'a\u0000b',
    '\u0007\u001b[31mred',
    'lone \ud800 surrogate',
    'a & b | !c',
    ':*',
    'cancer:*',
    '!!!',
    '-',
    '-cancer',
    'cancer or -lung',
    '""',
    '" "',
    '"unclosed phrase',
    'or',
    'and not or',
    'the',
    '&&||!!<->',
    "$1 $$ $tag$ E'\\x00'",
    '\\x00',
    'SELECT * FROM users',
    '%00',
    'a'.repeat(200),
  ];

  it.each(hostile)('answers %j with a value, never an exception', async (q) => {
    const outcome = await search.searchContent({ q });
    expect(typeof outcome.ok).toBe('boolean');
    if (!outcome.ok) expect(outcome.message.length).toBeGreaterThan(0);
  });

  it('refuses a query over 200 characters with a message, and an empty one', async () => {
    const tooLong = await search.searchContent({ q: 'a'.repeat(10_000) });
    expect(tooLong).toMatchObject({ ok: false, reason: 'too-long' });
    expect(await search.searchContent({ q: 'é'.repeat(201) })).toMatchObject({ ok: false, reason: 'too-long' });
    // An emoji is one character: 200 of them are not too long (only nothing to search for).
    expect(await search.searchContent({ q: '😀'.repeat(200) })).toMatchObject({ ok: false, reason: 'no-terms' });
    expect(await search.searchContent({ q: '   ' })).toMatchObject({ ok: false, reason: 'empty' });
    expect(await search.searchContent({ q: '\u0000\u0001' })).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('explains a query with nothing to look up', async () => {
    for (const q of ['the', '-cancer', ':*', 'cancer or -lung']) {
      expect(await search.searchContent({ q }), q).toMatchObject({ ok: false, reason: 'no-terms' });
    }
  });

  it('still searches the words around punctuation and control characters', async () => {
    await insertPost({ slug: 'punctuation-probe', title: 'Dugongitis in practice' });
    for (const q of ["dugongitis'", 'dugongitis\u0000', '(dugongitis)', '🩺 dugongitis', 'dugongitis:*']) {
      expect(slugsOf(await search.searchContent({ q })), q).toEqual(['punctuation-probe']);
    }
  });
});
