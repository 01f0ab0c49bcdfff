import { expect, test } from '@playwright/test';
import { ARTICLES, MEMBERS_ARTICLES, NEWS } from '../lib/db/seed-content';
import { expectNoAxeViolations, NOT_FOUND_HEADING } from './fixtures';
import { HomePage } from './pages/home-page';
import { hasSidewaysScroll, ListPage, PostPage } from './pages/content-pages';

/*
 * Conditions, news, articles and specialties as an anonymous reader meets them. The
 * stable-pagination proof (items published between page loads) is an integration test
 * (lib/content/pagination.test.ts): the seed has too few items per kind for a second page.
 */

const MEMBERS = MEMBERS_ARTICLES[0]!;
const MEMBERS_PATH = `/articles/${MEMBERS.slug}`;
const MARKER = 'MEMBERS-ONLY-MARKER';

test.describe('a reader going from the home page into each kind of post and back', () => {
  test('reads the featured condition with its contents, review dates and numbered references', async ({ page }) => {
    const home = new HomePage(page);
    await home.open();
    await page.getByRole('link', { name: 'Calcinosis', exact: true }).click();
    const post = new PostPage(page);
    await expect(post.heading()).toHaveText('Calcinosis');
    await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveCount(6);
    await expect(post.fact('Last reviewed')).toContainText(/\d{4}/);
    await expect(post.fact('Next review due')).toContainText(/\d{4}/);
    // The seed names no medical reviewer, so the line is hidden rather than blank.
    await expect(post.fact('Medically reviewed by')).toHaveCount(0);
    await expect(post.fact('Reading time')).toHaveText(/^\d+ min read$/);
    const references = page.locator('section[aria-labelledby="references"] ol > li');
    expect(await references.count()).toBeGreaterThanOrEqual(3);
    await expect(post.fact('Specialty').getByRole('link')).toHaveAttribute('href', '/specialties/rheumatology');

    await expect(post.breadcrumbs().locator('[aria-current="page"]')).toHaveText('Calcinosis');
    await post.breadcrumbs().getByRole('link', { name: 'Conditions' }).click();
    await expect(page).toHaveURL(/\/conditions$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conditions');
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('opens a news item from Trending News, sees its facts and related items, and goes back to News', async ({ page }) => {
    const home = new HomePage(page);
    await home.open();
    await home.section('Trending News').getByRole('link', { name: NEWS[0]!.title }).click();
    const post = new PostPage(page);
    await expect(post.heading()).toHaveText(NEWS[0]!.title);
    await expect(post.fact('By')).not.toBeEmpty();
    await expect(post.fact('Published')).toContainText(/\d{4}/);
    await expect(post.fact('Reading time')).toHaveText(/^\d+ min read$/);
    expect(await page.locator('script[type="application/ld+json"]').first().textContent()).toContain('"@type":"NewsArticle"');

    const related = post.related();
    const relatedLinks = related.locator('li a');
    expect(await relatedLinks.count()).toBeGreaterThanOrEqual(3);
    expect(await relatedLinks.count()).toBeLessThanOrEqual(4);
    await expect(related.getByRole('link', { name: NEWS[0]!.title, exact: true })).toHaveCount(0);

    const crumbs = post.breadcrumbs();
    await expect(crumbs.getByRole('link')).toHaveText(['Home', 'News']);
    await crumbs.getByRole('link', { name: 'News' }).click();
    await expect(page).toHaveURL(/\/news$/);
    await expect(page.getByRole('link', { name: NEWS[0]!.title })).toBeVisible();
  });

  test('opens an article from Latest Articles and returns home through the breadcrumbs', async ({ page }) => {
    const home = new HomePage(page);
    await home.open();
    await home.section('Latest Articles').getByRole('link', { name: ARTICLES[0]!.title }).click();
    const post = new PostPage(page);
    await expect(post.heading()).toHaveText(ARTICLES[0]!.title);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/articles/${ARTICLES[0]!.slug}$`));
    await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await post.breadcrumbs().getByRole('link', { name: 'Home' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('list pages', () => {
  test('list newest first with no page links for fewer than 21 items, and a specialty filter that narrows the list', async ({ page }) => {
    const list = new ListPage(page);
    await list.open('/news');
    const all = await list.itemTitles();
    expect(all.slice(0, NEWS.length)).toEqual(NEWS.map((n) => n.title));
    expect(all.length).toBeLessThan(21);
    await expect(list.pagination()).toHaveCount(0);
    await expect(list.filter().getByRole('link', { name: 'All specialties' })).toHaveAttribute('aria-current', 'page');

    await list.filter().getByRole('link', { name: /^Haematology/ }).click();
    await expect(page).toHaveURL(/\/news\/page\/1\?specialty=haematology$/);
    const filtered = await list.itemTitles();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered).toContain(NEWS.find((n) => n.specialty === 'haematology')!.title);
    await expect(list.filter().getByRole('link', { name: /^Haematology/ })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('main')).toContainText('Showing news in Haematology');

    await page.getByRole('link', { name: /remove filter/i }).click();
    await expect(page).toHaveURL(/\/news$/);
    expect(await list.itemTitles()).toEqual(all);
  });

  test('show an empty state for a specialty with nothing in it', async ({ page }) => {
    const list = new ListPage(page);
    const response = await list.open('/conditions/page/1?specialty=neurology');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('main')).toContainText('No condition articles in Neurology yet.');
    await expect(page.getByRole('link', { name: 'Show all condition articles' })).toHaveAttribute('href', '/conditions');
  });

  test('list members-only articles by title and summary with a Members badge', async ({ page }) => {
    await page.goto('/articles');
    const item = page.getByRole('main').locator('li').filter({ has: page.getByRole('link', { name: MEMBERS.title }) });
    await expect(item).toContainText('Members');
    await expect(item).toContainText(MEMBERS.summary);
    expect(await page.content()).not.toContain(MARKER);
  });

  for (const path of ['/news/page/0', '/news/page/-1', '/news/page/abc', '/news/page/1000000000', '/news/page/2', '/articles/page/1?specialty=no-such-specialty', '/specialties/no-such-specialty', '/news/no-such-item']) {
    test(`answer the styled 404 for ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND_HEADING);
    });
  }

  test('shrug off a malformed snapshot', async ({ page }) => {
    const response = await page.goto('/articles/page/1?asOf=%3Cscript%3E');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('link', { name: ARTICLES[0]!.title })).toBeVisible();
  });
});

test('a specialty page gathers items of several kinds, each with a way into its filtered list', async ({ page }) => {
  await page.goto('/specialties');
  await page.getByRole('link', { name: 'Oncology', exact: true }).click();
  await expect(page).toHaveURL(/\/specialties\/oncology$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oncology');
  const section = (name: string) => page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
  for (const name of ['News', 'Articles', 'Upcoming events', 'Videos']) {
    expect(await section(name).locator('li a').count(), name).toBeGreaterThan(0);
  }
  await expect(section('Conditions')).toContainText('No condition articles in Oncology yet.');
  await expect(section('News').getByRole('link', { name: /view all news/i })).toHaveAttribute('href', '/news/page/1?specialty=oncology');
  await section('Articles').getByRole('link', { name: /view all articles/i }).click();
  await expect(page).toHaveURL(/\/articles\/page\/1\?specialty=oncology$/);
  await expect(page.getByRole('main')).toContainText('Showing articles in Oncology');
});

test.describe('the members-only article', () => {
  test('shows the title, summary and a sign-in prompt that returns here, and no body', async ({ page }) => {
    await page.goto(MEMBERS_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MEMBERS.title);
    await expect(page.getByRole('main')).toContainText(MEMBERS.summary);
    const signIn = page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true });
    await expect(signIn).toHaveAttribute('href', `/login?callbackUrl=${encodeURIComponent(MEMBERS_PATH)}`);
    await expect(page.locator('head meta[name="description"]')).toHaveAttribute('content', MEMBERS.summary);
    await expect(page.locator('head meta[property="og:description"]')).toHaveAttribute('content', MEMBERS.summary);
    expect(await page.content()).not.toContain(MARKER);
  });

  test('never sends its body in the HTML or the React server payload', async ({ request }) => {
    const html = await request.get(MEMBERS_PATH);
    expect(html.status()).toBe(200);
    const text = await html.text();
    expect(text).toContain(MEMBERS.title);
    expect(text).toContain('"isAccessibleForFree":false');
    expect(text).not.toContain(MARKER);

    const rsc = await request.get(MEMBERS_PATH, { headers: { RSC: '1' } });
    expect(rsc.status()).toBe(200);
    const payload = await rsc.text();
    expect(payload).toContain(MEMBERS.title);
    expect(payload).not.toContain(MARKER);
  });
});

test.describe('accessibility and small screens', () => {
  const pages = ['/news', '/conditions/page/1?specialty=rheumatology', `/news/${NEWS[0]!.slug}`, `/articles/${ARTICLES[0]!.slug}`, MEMBERS_PATH, '/specialties/oncology', '/specialties'];

  for (const path of pages) {
    test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  for (const path of ['/news', '/conditions/calcinosis', `/articles/${ARTICLES[0]!.slug}`, '/specialties/oncology', '/articles/page/1?specialty=oncology']) {
    test(`${path} fits a 375 px screen without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(path);
      expect(await hasSidewaysScroll(page)).toBe(false);
    });
  }
});
