import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { NEWS } from '../lib/db/seed-content';
import { expectNoAxeViolations } from './fixtures';
import { SearchPage } from './pages/search-page';

// A desktop Chrome: the default headless browser names itself HeadlessChrome, which never counts.
const PERSON = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

test('a reader searches, sees highlighted results and opens one', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open();
  await search.searchFor('calcinosis');
  await expect(page).toHaveURL(/\/search\?q=calcinosis/);
  await expect(search.field()).toHaveValue('calcinosis');
  await expect(search.resultsHeading()).toHaveText(/^\d+ results? for calcinosis$/);
  await expect(search.results().first().locator('mark').first()).toHaveText(/calcinosis/i);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await search.resultLink('Calcinosis').click();
  await expect(page).toHaveURL(/\/conditions\/calcinosis$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calcinosis');
});

test('a quoted phrase finds the article that contains it, and filters narrow the results', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open('"calcium deposits"');
  await expect(search.field()).toHaveValue('"calcium deposits"');
  await expect(search.resultLink('Calcinosis')).toBeVisible();
  await expect(search.results().first()).toContainText('Condition');
  await expect(search.results().first().locator('mark')).toContainText(['calcium', 'deposits']);

  await page.getByLabel('Kind').selectOption('news');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/kind=news/);
  await expect(search.resultsHeading()).toHaveText(/^No results/);
  await expect(page.getByLabel('Kind')).toHaveValue('news');
  await page.getByRole('link', { name: /search everything/i }).click();
  await expect(search.resultLink('Calcinosis')).toBeVisible();
});

test('an over-long query is refused next to the field, which keeps the text', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open();
  const long = `calcinosis ${'x'.repeat(200)}`;
  await search.searchFor(long);
  const field = search.field();
  await expect(field).toHaveValue(long);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await field.getAttribute('aria-describedby'))!.split(' ');
  const message = page.locator(`[id="${describedBy[0]}"]`);
  await expect(message).toHaveText(/at most 200 characters/);
  await expect(search.resultsHeading()).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('hostile queries answer a normal page', async ({ request }) => {
  const queries = [
    "'",
    '"',
    '\\',
    "'; drop table posts; --",
    '%',
    '_',
    '*',
    '()',
    '<script>alert(1)</script>',
    '😀',
    'a & b | !c',
    ':*',
    '-lung',
    '\u0001\u0007',
    'x'.repeat(10_000),
  ];
  for (const q of queries) {
    const response = await request.get(`/search?q=${encodeURIComponent(q)}&page=${encodeURIComponent("1'")}&kind=%00`);
    expect(response.status(), JSON.stringify(q)).toBe(200);
    const html = await response.text();
    expect(html, JSON.stringify(q)).toContain('Search for');
    expect(html).not.toContain('<script>alert(1)</script>');
  }
  // A lone surrogate and a NUL byte, percent-encoded by hand as a crafted link would be.
  for (const raw of ['%ED%A0%80', '%00calcinosis', '%F0%9F']) {
    expect((await request.get(`/search?q=${raw}`)).status(), raw).toBe(200);
  }
});

test('the search page passes axe with the prompt and with results', async ({ page }) => {
  const search = new SearchPage(page);
  await search.open();
  await expect(page.getByText(/type a word or phrase above/i)).toBeVisible();
  await expectNoAxeViolations(page);
  await search.open('cancer');
  await expect(search.results().first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe('views', () => {
  test.use({ userAgent: PERSON });

  // The last seeded news item: a view moves it up Trending, so the test puts the count back.
  const news = NEWS.at(-1)!;
  let sql: postgres.Sql;

  test.beforeAll(() => {
    sql = postgres(process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  });
  test.afterAll(async () => {
    await sql.end({ timeout: 5 });
  });

  async function todaysViews(): Promise<number> {
    const [row] = await sql<Array<{ n: number }>>`
      select coalesce(sum(v.views), 0)::int as n from daily_views v join posts p on p.id = v.post_id
      where p.kind = 'news' and p.slug = ${news.slug} and v.day = (now() at time zone 'UTC')::date`;
    return row!.n;
  }

  // Every news item but the one the other test opens.
  async function otherNewsViews(): Promise<number> {
    const [row] = await sql<Array<{ n: number }>>`
      select coalesce(sum(v.views), 0)::int as n from daily_views v join posts p on p.id = v.post_id
      where p.kind = 'news' and p.slug <> ${news.slug}`;
    return row!.n;
  }

  test('opening a news page sends one view, which is counted; a crawler is not', async ({ page, request }) => {
    const before = await todaysViews();
    try {
      const beacons: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/api/views')) beacons.push(r.url());
      });
      const sent = page.waitForRequest((r) => r.url().endsWith('/api/views') && r.method() === 'POST');
      await page.goto(`/news/${news.slug}`);
      expect((await sent).method()).toBe('POST');
      // The beacon's body is not visible to Playwright; the counter shows it named this page.
      await expect.poll(todaysViews).toBe(before + 1);
      await page.waitForTimeout(500);
      expect(beacons).toHaveLength(1);

      const crawler = await request.post('/api/views', {
        headers: { 'User-Agent': GOOGLEBOT },
        data: { kind: 'news', slug: news.slug },
      });
      expect(crawler.status()).toBe(204);
      const junk = await request.post('/api/views', { headers: { 'User-Agent': PERSON }, data: '{"kind":"news"' });
      expect(junk.status()).toBe(400);
      expect(await todaysViews()).toBe(before + 1);
    } finally {
      await sql`
        update daily_views set views = views - 1
        where post_id = (select id from posts where kind = 'news' and slug = ${news.slug})
          and day = (now() at time zone 'UTC')::date and views > ${before}`;
      await sql`delete from daily_views where views <= 0`;
    }
  });

  test('the home page prefetches news pages without counting a view', async ({ page }) => {
    const beacons: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/views')) beacons.push(r.url());
    });
    const othersBefore = await otherNewsViews();
    const prefetched = page.waitForRequest((r) => new URL(r.url()).pathname.startsWith('/news/'));
    await page.goto('/');
    const firstNews = page.locator('#trending-news, section').filter({ hasText: 'Trending News' }).locator('ol a').first();
    await firstNews.hover();
    await prefetched;
    await page.waitForTimeout(1_000);
    expect(beacons).toEqual([]);
    expect(await otherNewsViews()).toBe(othersBefore);
  });
});
