import { expect, test } from '@playwright/test';
import { MEMBERS_ARTICLES } from '../lib/db/seed-content';

/*
 * Issue 9, point 7: a members-only item may show its title and summary, but its body never
 * reaches an anonymous reader in any form. The seeded protocol article's body opens with a
 * marker sentence; every anonymous output is searched for it (and for a body-only phrase).
 */
const article = MEMBERS_ARTICLES[0]!;
const path = `/articles/${article.slug}`;
const MARKER = 'MEMBERS-ONLY-MARKER';
// Words of the body, not of the title or summary.
const BODY_ONLY = 'Checkpoint inhibitors can inflame almost any organ';

function expectNoBody(text: string, where: string) {
  expect(text, where).not.toContain(MARKER);
  expect(text, where).not.toContain(BODY_ONLY);
}

test('the members-only body is absent from every anonymous output', async ({ request }) => {
  const html = await request.get(path);
  expect(html.status()).toBe(200);
  const page = await html.text();
  expect(page).toContain(article.title);
  expectNoBody(page, 'page HTML, including its meta, Open Graph and JSON-LD tags');

  const payload = await request.get(path, { headers: { RSC: '1' } });
  expectNoBody(await payload.text(), 'React server payload');

  // Words found only in the body: the item is not found by them, and no body text shows.
  // (The page repeats the query itself, so the marker may appear there as typed.)
  for (const q of ['myocarditis colitis pneumonitis', 'checkpoint inhibitors inflame organ', '"MEMBERS-ONLY-MARKER"']) {
    const search = await request.get(`/search?q=${encodeURIComponent(q)}`);
    expect(search.status(), q).toBe(200);
    const text = await search.text();
    expect(text, `search for ${q}`).not.toContain(`href="${path}"`);
    expect(text, `search for ${q}`).not.toContain(BODY_ONLY);
  }
  const byTitle = await (await request.get(`/search?q=${encodeURIComponent('immune-related adverse events protocol')}`)).text();
  expect(byTitle, 'found by its title').toContain(`href="${path}"`);
  expectNoBody(byTitle, 'search by title');

  for (const feed of ['/feed.xml', '/sitemap.xml']) {
    const response = await request.get(feed);
    expect(response.status(), feed).toBe(200);
    expectNoBody(await response.text(), feed);
  }
  expect(await (await request.get('/sitemap.xml')).text(), 'the sitemap lists public pages only').not.toContain(article.slug);
});
