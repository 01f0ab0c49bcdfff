import { expect, test, type Page } from '@playwright/test';
import { insertPost, insertSeries, insertSpecialty, insertVideo, uniqueName } from './schedule-db';

/*
 * A page shows other items than its own: an article's related box lists the specialty's other
 * posts, a video's series links show its neighbours. When one of those items changes, the page
 * must change at once, not up to its 300 s later, though its own path is not among the paths
 * the change revalidates: the explicit cache tags do it (lib/content/cache-tags.ts).
 *
 * The change here is a scheduled item whose time comes: the launcher's scheduler calls
 * revalidateContent(item) for it, exactly what an editor's publication calls. No request but
 * the reader's own is made.
 */

const SECOND = 1_000;

async function readTwice(page: Page, path: string) {
  // The first request renders and caches the page; the second is served from the cache.
  await page.goto(path);
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
}

test('a related box on another article and a series neighbour on another video update when the item is published', async ({ page }) => {
  test.setTimeout(120_000);
  const specialtySlug = uniqueName('tags-specialty');
  const specialtyId = await insertSpecialty(specialtySlug);
  const older = { slug: uniqueName('tags-older'), title: `Older article ${uniqueName('t')}` };
  const newer = { slug: uniqueName('tags-newer'), title: `Newer article ${uniqueName('t')}` };
  await insertPost({ kind: 'article', ...older, specialtyId, status: 'published', publishedAt: new Date(Date.now() - 3_600 * SECOND) });

  const seriesSlug = uniqueName('tags-series');
  const seriesId = await insertSeries(seriesSlug);
  const part1 = { slug: uniqueName('tags-part-1'), title: `Part one ${uniqueName('t')}` };
  const part2 = { slug: uniqueName('tags-part-2'), title: `Part two ${uniqueName('t')}` };
  await insertVideo({ ...part1, seriesId, partNumber: 1, status: 'published', publishedAt: new Date(Date.now() - 3_600 * SECOND) });

  // Both come out in 15 s: a new article in the specialty, and the series' second part.
  const dueAt = new Date(Date.now() + 15 * SECOND);
  await insertPost({ kind: 'article', ...newer, specialtyId, status: 'scheduled', publishedAt: dueAt });
  await insertVideo({ ...part2, seriesId, partNumber: 2, status: 'scheduled', publishedAt: dueAt });

  // Cached before: the older article's related box is empty, part one has no next part.
  await readTwice(page, `/articles/${older.slug}`);
  await expect(page.getByText(newer.title)).toHaveCount(0);
  await readTwice(page, `/videos/${part1.slug}`);
  await expect(page.getByRole('link', { name: /Next part/ })).toHaveCount(0);
  await expect(page.getByTestId('series-part')).toContainText('1 of 1');

  // A reader reloading now and then sees both appear by themselves, soon after their time.
  await expect
    .poll(
      async () => {
        await page.goto(`/articles/${older.slug}`);
        return page.getByRole('link', { name: newer.title }).count();
      },
      { timeout: 60 * SECOND, intervals: [1_000] },
    )
    .toBeGreaterThan(0);
  await expect
    .poll(
      async () => {
        await page.goto(`/videos/${part1.slug}`);
        return page.getByRole('link', { name: new RegExp(part2.title) }).count();
      },
      { timeout: 20 * SECOND, intervals: [1_000] },
    )
    .toBeGreaterThan(0);
  await expect(page.getByTestId('series-part')).toContainText('1 of 2');
  // And well within the 300 s a page would otherwise stay as it was.
  expect(Date.now() - dueAt.getTime()).toBeLessThan(45 * SECOND);
});
