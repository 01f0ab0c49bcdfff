import { expect, test, type APIRequestContext } from '@playwright/test';
import { CME_ACTIVITIES, EVENTS, HOME_VIDEOS } from '../lib/db/seed-content';

/*
 * Issue 18, point 8: whatever arrives, through the front cache as `npm start` serves it, the
 * answer is a 4xx or a page, never a 500. Each family of routes (pages, route handlers,
 * /media, /cme/verify, the feed, search, Next's own /_next/image) is asked with addresses a
 * crawler, a scanner or a broken link makes: escapes that are not UTF-8, over-long segments,
 * page numbers that are no numbers, odd query strings, methods nothing answers (TRACE), multipart
 * bodies without a boundary or that do not parse. Each case names itself in the failure message.
 */

// Hundreds of requests a test, on a busy machine.
test.describe.configure({ timeout: 180_000 });

const event = EVENTS[0]!.slug;
const video = HOME_VIDEOS[0]!.slug;
const activity = CME_ACTIVITIES[2]!.slug;

/** Every dynamic segment of the site, with `x` where the hostile value goes. */
const SEGMENTS = [
  '/conditions/x',
  '/news/x',
  '/articles/x',
  '/videos/x',
  '/videos/series/x',
  '/events/x',
  '/events/x/calendar.ics',
  '/specialties/x',
  '/conditions/page/x',
  '/events/past/page/x',
  '/cme/x',
  '/cme/page/x',
  '/cme/specialty/x',
  '/cme/archive/specialty/oncology/page/x',
  '/cme/verify/x',
  '/cme/certificates/x.pdf',
  '/media/x',
  '/legal/terms/x',
  '/reset-password/x',
  '/verify-email/x',
  '/verify-email/change/x',
];

/** One address of each family, as a reader reaches it. */
const FAMILIES = [
  '/',
  '/conditions/calcinosis',
  '/news',
  `/events/${event}`,
  `/events/${event}/calendar.ics`,
  `/videos/${video}`,
  '/search?q=calcinosis',
  '/feed.xml',
  '/sitemap.xml',
  '/cme',
  `/cme/${activity}`,
  '/cme/verify',
  '/cme/verify/NOPE-0000',
  '/media/0000000000000000-640.webp',
  '/login',
  '/api/health',
  '/api/me',
  '/api/bookmarks?kind=news&slug=x',
];

/** Runs the checks a few at a time: one by one would take minutes, all at once would queue behind each other. */
async function inBatches(checks: Array<() => Promise<unknown>>, size = 6): Promise<void> {
  for (let i = 0; i < checks.length; i += size) await Promise.all(checks.slice(i, i + size).map((check) => check()));
}

async function expectNo500(request: APIRequestContext, method: string, url: string, options: { headers?: Record<string, string>; data?: string } = {}) {
  const response = await request.fetch(url, { method, maxRedirects: 0, failOnStatusCode: false, ...options });
  expect(response.status(), `${method} ${url.slice(0, 120)}`).toBeLessThan(500);
  return response.status();
}

test('/_next/image answers 404: the optimizer is off, whatever the url names', async ({ request }) => {
  for (const url of ['/\\evil.example/x.png', '/%5Cevil.example/x.png', '/media/0000000000000000-640.webp', '/feed.xml', '//evil.example/x.png', 'http://evil.example/x.png']) {
    for (const query of [`url=${url}&w=64&q=75`, `url=${encodeURIComponent(url)}&w=64&q=75`, `url=${encodeURIComponent(url)}`]) {
      const response = await request.get(`/_next/image?${query}`, { maxRedirects: 0, failOnStatusCode: false });
      expect(response.status(), query).toBe(404);
    }
  }
});

test('an escape that is not UTF-8 in any dynamic segment gets a 400', async ({ request }) => {
  const urls = SEGMENTS.flatMap((segment) => ['%ff', '%C0%AF', '%E0%A4%A', '%F0%9F'].map((bad) => segment.replace('x', bad)));
  await inBatches(urls.map((url) => async () => expect(await expectNo500(request, 'GET', url), url).toBe(400)));
});

test('over-long, odd and made-up values in every dynamic segment get a 4xx or a page', async ({ request }) => {
  const values = ['a'.repeat(3000), '%00', 'x%2500', '%3Cscript%3E', 'CAPS', '%C3%A9', '..%2F..%2Fetc', '-1', '0', '99999999999999999999', '1e9'];
  await inBatches(SEGMENTS.flatMap((segment) => values.map((value) => () => expectNo500(request, 'GET', segment.replace('x', value)))));
});

test('hostile query strings on every family get a 4xx or a page', async ({ request }) => {
  const queries = [
    'page=abc',
    'page=-1',
    'page=99999999999999999999',
    'page=1&page=2',
    'specialty=%00',
    `specialty=${'a'.repeat(3000)}`,
    'q=%E0%A4%A',
    `q=${'x'.repeat(5000)}`,
    'q[]=x',
    'kind[]=news',
    'callbackUrl=%2F%2Fevil.example',
    'callbackUrl=javascript:alert(1)',
    '_rsc=%00',
    '%E0%A4%A',
    'a=%',
  ];
  const urls = FAMILIES.flatMap((family) => queries.map((query) => `${family}${family.includes('?') ? '&' : '?'}${query}`));
  await inBatches(urls.map((url) => () => expectNo500(request, 'GET', url)));
});

test('methods nothing answers, and multipart bodies without a boundary or that do not parse, get a 4xx', async ({ request }) => {
  const checks = FAMILIES.flatMap((family) => [
    ...['HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'TRACE'].map((method) => () => expectNo500(request, method, family)),
    ...['multipart/form-data', 'multipart/form-data; boundary=', 'multipart/form-data; boundary=xyz'].map(
      (type) => () => expectNo500(request, 'POST', family, { headers: { 'content-type': type }, data: 'garbage' }),
    ),
  ]);
  await inBatches(checks);
  for (const type of ['multipart/form-data', 'multipart/form-data; boundary=xyz']) {
    expect(await expectNo500(request, 'POST', '/conditions/calcinosis', { headers: { 'content-type': type }, data: 'x' }), type).toBe(400);
  }
  expect(await expectNo500(request, 'TRACE', '/api/health')).toBe(405);
});
