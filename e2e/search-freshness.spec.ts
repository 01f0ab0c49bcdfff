import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { SEARCH_SHARED_SECONDS } from '../lib/cache/shared-answers';
import { insertPost, uniqueName } from './schedule-db';

/*
 * One search's answer is shared among anonymous readers for SEARCH_SHARED_SECONDS by the front
 * cache (lib/cache/shared-answers.ts). What that costs a reader is a bound on how late a new
 * publication shows up in search: it is found once the copy made before it has lived its time,
 * never later.
 */

/** A made-up word, in letters only, so the search reads it as one word. */
function madeUpWord(): string {
  return `zq${[...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;
}

test('a newly published item is found by a search shared before it, within the copy’s lifetime', async ({ request }) => {
  const word = madeUpWord();
  const url = `/search?q=${word}`;
  const title = `Guidance on ${word} follow-up`;
  const resultsHeading = (html: string) => /<h2 id="search-results-heading"[^>]*>([^<]*)</.exec(html)?.[1];

  const before = await request.get(url);
  expect(resultsHeading(await before.text())).toBe('No results');
  expect((await request.get(url)).headers()['x-front-cache']).toBe('HIT');

  await insertPost({ kind: 'news', slug: uniqueName('shared-search'), title, status: 'published', publishedAt: new Date(Date.now() - 60_000) });

  // Found once the copy made before the publication has lived its time (slack for a busy machine to render).
  await expect
    .poll(async () => resultsHeading(await (await request.get(url)).text()), { timeout: (SEARCH_SHARED_SECONDS + 3) * 1_000, intervals: [250] })
    .toBe('1 result');
  expect(await (await request.get(url)).text()).toContain(word);
});
