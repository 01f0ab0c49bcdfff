import { expect, test, type Page } from '@playwright/test';
import { MEMBERS_ARTICLES } from '../lib/db/seed-content';

/*
 * The feed, the sitemap and robots.txt as a reader app or a crawler gets them: well-formed
 * XML (parsed by Chromium's own DOMParser), absolute addresses, and only published public
 * pages. The members-only article may be announced in the feed by title, never with its body.
 */

const MEMBERS = MEMBERS_ARTICLES[0]!;
const MEMBERS_PATH = `/articles/${MEMBERS.slug}`;
const MARKER = 'MEMBERS-ONLY-MARKER';

type ParsedFeed = {
  error: string | null;
  version: string | null;
  selfLink: string | null;
  items: Array<{ title: string; link: string; guid: string; isPermaLink: string | null; pubDate: string; description: string }>;
};

type ParsedSitemap = { error: string | null; urls: Array<{ loc: string; lastmod: string | null }> };

async function parseFeed(page: Page, xml: string): Promise<ParsedFeed> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const text = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent ?? '';
    const self = doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0];
    return {
      error,
      version: doc.documentElement.getAttribute('version'),
      selfLink: self?.getAttribute('rel') === 'self' ? self.getAttribute('href') : null,
      items: [...doc.getElementsByTagName('item')].map((item) => ({
        title: text(item, 'title'),
        link: text(item, 'link'),
        guid: text(item, 'guid'),
        isPermaLink: item.getElementsByTagName('guid')[0]?.getAttribute('isPermaLink') ?? null,
        pubDate: text(item, 'pubDate'),
        description: text(item, 'description'),
      })),
    };
  }, xml);
}

async function parseSitemap(page: Page, xml: string): Promise<ParsedSitemap> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      urls: [...doc.getElementsByTagName('url')].map((url) => ({
        loc: url.getElementsByTagName('loc')[0]?.textContent ?? '',
        lastmod: url.getElementsByTagName('lastmod')[0]?.textContent ?? null,
      })),
    };
  }, xml);
}

test('the RSS feed is well-formed and lists the latest published news and articles', async ({ page, request, baseURL }) => {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const xml = await response.text();
  expect(xml).not.toContain(MARKER);

  const feed = await parseFeed(page, xml);
  expect(feed.error).toBeNull();
  expect(feed.version).toBe('2.0');
  expect(feed.selfLink).toBe(`${baseURL}/feed.xml`);
  expect(feed.items.length).toBeGreaterThan(0);
  expect(feed.items.length).toBeLessThanOrEqual(20);

  const dates = feed.items.map((item) => Date.parse(item.pubDate));
  expect(dates.every((d) => Number.isFinite(d))).toBe(true);
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  for (const item of feed.items) {
    expect(item.link).toMatch(new RegExp(`^${baseURL}/(news|articles)/[a-z0-9-]+$`));
    expect(item.guid).toBe(item.link);
    expect(item.isPermaLink).toBe('true');
    expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(item.title.length).toBeGreaterThan(0);
    expect(item.description.length).toBeGreaterThan(0);
    // Every listed item is a page that exists: published, not a draft or a future post.
    expect((await request.get(item.link)).status(), item.link).toBe(200);
  }
  // The members-only article may be announced by its summary, never its body.
  const members = feed.items.find((item) => item.title === MEMBERS.title);
  if (members) expect(members.description).toBe(MEMBERS.summary);
});

test('the sitemap lists every published public page, with dates, and no members-only one', async ({ page, request, baseURL }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/xml/);
  const xml = await response.text();
  expect(xml).not.toContain(MARKER);

  const sitemap = await parseSitemap(page, xml);
  expect(sitemap.error).toBeNull();
  const paths = sitemap.urls.map((url) => {
    expect(url.loc.startsWith(`${baseURL}/`), url.loc).toBe(true);
    return url.loc.slice(baseURL!.length);
  });
  expect(paths).toEqual(
    expect.arrayContaining([
      '/',
      '/conditions',
      '/news',
      '/articles',
      '/events',
      '/videos',
      '/conditions/calcinosis',
      '/legal/terms/llp',
      '/legal/terms/inc',
      '/legal/privacy/llp',
      '/legal/privacy/inc',
      '/account-deactivation',
    ]),
  );
  expect(paths.some((p) => /^\/events\/(?!past$)[a-z0-9-]+$/.test(p))).toBe(true);
  expect(paths.some((p) => /^\/videos\/[a-z0-9-]+$/.test(p))).toBe(true);
  expect(paths).not.toContain(MEMBERS_PATH);
  for (const url of sitemap.urls.filter((u) => u.lastmod !== null)) {
    expect(Number.isFinite(Date.parse(url.lastmod!)), url.loc).toBe(true);
  }
  expect(sitemap.urls.find((u) => u.loc === `${baseURL}/conditions/calcinosis`)?.lastmod).toBeTruthy();

  // Every address in it is a real page a stranger can open.
  for (const url of sitemap.urls) {
    expect((await request.get(url.loc)).status(), url.loc).toBe(200);
  }
});

test('robots.txt keeps crawlers out of the private areas and points at the sitemap', async ({ request, baseURL }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^User-Agent: \*$/im);
  expect(text).toMatch(/^Disallow: \/admin$/m);
  expect(text).toMatch(/^Disallow: \/account$/m);
  expect(text).toMatch(/^Disallow: \/api\/$/m);
  expect(text).toMatch(/^Allow: \/account-deactivation$/m);
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});
