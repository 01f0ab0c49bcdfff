import { expect, test, type Page } from '@playwright/test';
import { insertPost, uniqueName } from './schedule-db';

/*
 * An item scheduled for a time appears by itself at that time on the cached pages that list
 * it (the home page's latest articles, the news list, the feed), not up to 300 s later, with
 * no request but readers': the launcher's scheduler revalidates it (lib/cli/publish-scheduler.ts).
 */

const SECOND = 1_000;

async function shows(page: Page, path: string, title: string): Promise<boolean> {
  await page.goto(path);
  return (await page.getByText(title).count()) > 0;
}

test('a news item and an article scheduled 20 s ahead appear by themselves on the cached pages at their time', async ({ page, request }) => {
  test.setTimeout(120_000);
  const news = { slug: uniqueName('scheduled-news'), title: `Scheduled news ${uniqueName('t')}` };
  const article = { slug: uniqueName('scheduled-article'), title: `Scheduled article ${uniqueName('t')}` };
  const dueAt = new Date(Date.now() + 20 * SECOND);
  await insertPost({ kind: 'news', ...news, status: 'scheduled', publishedAt: dueAt });
  await insertPost({ kind: 'article', ...article, status: 'scheduled', publishedAt: dueAt });

  // Read (and so cached) before their time: not there yet.
  expect(await shows(page, '/news', news.title)).toBe(false);
  expect(await shows(page, '/', article.title)).toBe(false);
  const cached = await request.get('/news');
  expect(cached.headers()['x-nextjs-cache'] ?? cached.headers()['x-front-cache']).toBeTruthy();

  await expect.poll(() => shows(page, '/news', news.title), { timeout: 60 * SECOND, intervals: [1_000] }).toBe(true);
  const seenAt = Date.now();
  await expect.poll(() => shows(page, '/', article.title), { timeout: 10 * SECOND, intervals: [1_000] }).toBe(true);
  expect((await (await request.get('/feed.xml')).text()).includes(news.slug)).toBe(true);
  // Within about 20 s of its time (the scheduler wakes at the time it learnt, and checks every 10 s).
  expect(seenAt - dueAt.getTime()).toBeLessThan(20 * SECOND);
  await expect(page.getByRole('link', { name: article.title }).first()).toBeVisible();
});
