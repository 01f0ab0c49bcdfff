import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { expect as baseExpect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { startServeProcess, stopServeProcess } from './serve-process';
import { signInByScript } from './pages/auth-pages';

// A shared machine answers slowly at times: a save may take more than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

/*
 * Two instances of the portal on one build, one database and one Redis, as behind a load
 * balancer (README "Deployment: several instances"): each is lib/cli/serve.ts, as `npm start`
 * runs it, with its own front cache and publish scheduler. What an editor does on one shows on
 * the other within 2 s, and a session ended on one is refused by the other at once.
 */

const redisUrl = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** The suite's server is on E2E_PORT; these two take the next two ports. */
const suitePort = Number(process.env.E2E_PORT ?? 3100);
/** This run's own keys in Redis: never another run's pages. */
const keyPrefix = `e2e-${randomUUID().slice(0, 8)}`;

const PASSWORD = 'Demo-Portal-2026';
const EDITOR = 'editor@demo.hidoc.local';
const DOCTOR = 'doctor@demo.hidoc.local';

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const slugOf = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

const servers: ChildProcess[] = [];
test.afterAll(async () => {
  await Promise.all(servers.map(stopServeProcess));
  // The pages this run cached would expire within a day; they go now.
  const redis = createClient({ url: redisUrl });
  await redis.connect();
  for await (const keys of redis.scanIterator({ MATCH: `${keyPrefix}:*`, COUNT: 1000 })) {
    if (keys.length > 0) await redis.unlink(keys);
  }
  await redis.close();
});

async function startInstance(port: number): Promise<string> {
  servers.push(await startServeProcess(port, { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: keyPrefix }));
  return `http://127.0.0.1:${port}`;
}

/** The editor's form works once React has hydrated it: the live preview answering is the sign. */
async function editorReady(page: Page) {
  await expect(page.getByRole('region', { name: 'Body (markdown): preview' })).not.toContainText('Preparing the preview', { timeout: 30_000 });
}

async function shows(request: APIRequestContext, url: string, text: string): Promise<boolean> {
  const response = await request.get(url);
  return response.ok() && (await response.text()).includes(text);
}

test.describe('two instances on one database and one Redis', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 });
  let a = '';
  let b = '';

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    [a, b] = await Promise.all([startInstance(suitePort + 1), startInstance(suitePort + 2)]);
  });

  test('an article an editor publishes on instance A is on instance B’s home page, list and feed within 2 s', async ({ browser, playwright }) => {
    const title = unique('Instances e2e article');
    const slug = slugOf(title);
    const readerOfB = await playwright.request.newContext({ baseURL: b });

    // B has its pages cached (in Redis, and its front cache's second), without the article.
    const pagesOfB = ['/', '/articles', '/feed.xml'];
    for (const url of pagesOfB) {
      await readerOfB.get(url);
      const cached = await readerOfB.get(url);
      if (url !== '/feed.xml') expect(cached.headers()['x-nextjs-cache'], url).toBe('HIT');
      expect(await cached.text()).not.toContain(title);
    }

    const editor = await browser.newContext({ baseURL: a });
    expect((await signInByScript(editor.request, EDITOR, PASSWORD)).sessionCookie).not.toBeNull();
    const page = await editor.newPage();
    await page.goto('/admin/posts/new');
    await editorReady(page);
    await page.getByLabel('Kind').selectOption('article');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Summary').fill(`Summary of ${title}.`);
    await page.getByLabel('Body (markdown)', { exact: true }).fill(`The lead of ${title}.\n\n## Background\n\nMore text.`);
    await page.getByLabel('Specialty').selectOption({ label: 'Cardiology' });
    await page.getByRole('button', { name: 'Create draft' }).click();
    await expect(page).toHaveURL(/\/admin\/posts\/\d+\?created=1$/, { timeout: 20_000 });
    await editorReady(page);
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(page.getByText('Published: readers see it now.')).toBeVisible();
    const publishedAt = Date.now();

    for (const url of pagesOfB) {
      await expect
        .poll(() => shows(readerOfB, url, title), { message: `${url} on B lists the article`, timeout: 2_000, intervals: [100] })
        .toBe(true);
    }
    expect(Date.now() - publishedAt).toBeLessThan(2_000);
    expect((await readerOfB.get(`/articles/${slug}`)).status()).toBe(200);

    const reader = await browser.newContext({ baseURL: b });
    const readerPage = await reader.newPage();
    await readerPage.goto('/');
    await expect(readerPage.getByRole('link', { name: title }).first()).toBeVisible();
    await expectNoAxeViolations(readerPage);

    await reader.close();
    await editor.close();
    await readerOfB.dispose();
  });

  test('a session signed out on instance A is refused by instance B at once', async ({ playwright }) => {
    const onA = await playwright.request.newContext({ baseURL: a });
    const onB = await playwright.request.newContext({ baseURL: b });
    const { sessionCookie } = await signInByScript(onA, DOCTOR, PASSWORD);
    expect(sessionCookie).not.toBeNull();
    const cookie = `next-auth.session-token=${sessionCookie}`;
    const accountOnB = () => onB.get('/account/security', { headers: { cookie }, maxRedirects: 0 });

    // The cookie A sealed opens the account on B (one NEXTAUTH_SECRET, one sessions table).
    expect((await accountOnB()).status()).toBe(200);

    const { csrfToken } = (await (await onA.get('/api/auth/csrf')).json()) as { csrfToken: string };
    await onA.post('/api/auth/signout', { form: { csrfToken }, maxRedirects: 0 });
    const refused = await accountOnB();
    expect([303, 307]).toContain(refused.status());
    expect(refused.headers()['location']).toContain('/login');

    await onA.dispose();
    await onB.dispose();
  });
});
