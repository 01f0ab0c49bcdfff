import { expect as baseExpect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { signInByScript } from './pages/auth-pages';

// A shared machine answers slowly at times: a save may take more than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

/*
 * The post editor in the admin, clicked through the built app: an author's draft, an editor
 * publishing it to every page readers see, two editors' conflicting saves, the unsaved-changes
 * prompt and the kept draft, axe on every page. Each test makes its own posts (unique titles):
 * the demo content other specs read is never touched.
 */

const PASSWORD = 'Demo-Portal-2026';
const AUTHOR = 'author@demo.hidoc.local';
const EDITOR = 'editor@demo.hidoc.local';
const MEMBER = 'doctor@demo.hidoc.local';
const ADMIN = 'admin@demo.hidoc.local';

const unique = (label: string) => `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const slugOf = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

async function signedIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const { sessionCookie } = await signInByScript(context.request, email, PASSWORD);
  expect(sessionCookie, `signed in as ${email}`).not.toBeNull();
  return { context, page: await context.newPage() };
}

/**
 * The editor's form works once React has hydrated it (its action is a client function): the
 * live preview answering is the sign, as it is rendered by an effect after hydration.
 */
async function editorReady(page: Page) {
  await expect(page.getByRole('region', { name: 'Body (markdown): preview' })).not.toContainText('Preparing the preview', { timeout: 30_000 });
}

/** Drafts a post through the new-post form and answers its edit page's address. */
async function draftPost(page: Page, title: string, options: { kind?: string; specialty?: string } = {}): Promise<string> {
  await page.goto('/admin/posts/new');
  await editorReady(page);
  await page.getByLabel('Kind').selectOption(options.kind ?? 'article');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Summary').fill(`Summary of ${title}.`);
  await page.getByLabel('Body (markdown)', { exact: true }).fill(`The lead of ${title}.\n\n## Background\n\nMore text.`);
  if (options.specialty) await page.getByLabel('Specialty').selectOption({ label: options.specialty });
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/posts\/\d+\?created=1$/, { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return new URL(page.url()).pathname;
}

test.describe('posts in the admin', () => {
  // Several browser contexts, and a shared machine: these flows take longer than one page.
  test.describe.configure({ timeout: 180_000 });

  test('an author drafts an article and cannot publish it; an editor publishes it and readers see it at once', async ({ browser, request }) => {
    const author = await signedIn(browser, AUTHOR);
    const editor = await signedIn(browser, EDITOR);
    const title = unique('Admin e2e cardiac article');
    const slug = slugOf(title);

    const editPath = await draftPost(author.page, title, { specialty: 'Cardiology' });
    await expect(author.page.getByTestId('post-status')).toHaveText('Draft');
    // No publishing controls for an author.
    await expect(author.page.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
    await expect(author.page.getByRole('heading', { name: 'Publishing' })).toHaveCount(0);

    // The editor's publish request, captured and not sent, then replayed with the author's cookie: refused.
    await editor.page.goto(editPath);
    type Captured = { url: string; headers: Record<string, string>; body: Buffer };
    const captures: Captured[] = [];
    await editor.page.route('**/admin/posts/**', async (route) => {
      const req = route.request();
      if (req.method() === 'POST' && req.headers()['next-action']) {
        captures.push({ url: req.url(), headers: req.headers(), body: req.postDataBuffer() ?? Buffer.alloc(0) });
        await route.abort();
      } else await route.continue();
    });
    await editor.page.getByRole('button', { name: 'Publish now' }).click();
    await expect.poll(() => captures.length).toBe(1);
    await editor.page.unrouteAll({ behavior: 'wait' });
    const replay = captures[0]!;
    const headers = Object.fromEntries(Object.entries(replay.headers).filter(([name]) => !['cookie', 'content-length', 'host'].includes(name)));
    const replayed = await author.context.request.fetch(replay.url, { method: 'POST', headers, data: replay.body, maxRedirects: 0 });
    // The action ran and answered the author with a refusal (in its payload), not a redirect to the published post.
    expect(replayed.status()).toBe(200);
    expect(await replayed.text()).toContain('You do not have access');
    // The same action id with no cookie: sent to sign in before anything runs.
    const anonymous = await request.fetch(replay.url, { method: 'POST', headers, data: replay.body, maxRedirects: 0 });
    expect(anonymous.status()).toBe(307);
    expect(anonymous.headers()['location']).toContain('/login');
    // And with a member's cookie: refused (the action's answer, or the admin area's 403).
    const member = await signedIn(browser, MEMBER);
    const asMember = await member.context.request.fetch(replay.url, { method: 'POST', headers, data: replay.body, maxRedirects: 0 });
    expect([200, 403]).toContain(asMember.status());
    expect(await asMember.text()).toContain('You do not have access');
    await member.context.close();
    await editor.page.goto(editPath);
    await expect(editor.page.getByTestId('post-status')).toHaveText('Draft');
    expect((await request.get(`/articles/${slug}`)).status()).toBe(404);

    // The editor publishes it.
    await editor.page.getByRole('button', { name: 'Publish now' }).click();
    await expect(editor.page.getByText('Published: readers see it now.')).toBeVisible();
    await expect(editor.page.getByTestId('post-status')).toHaveText('Published');

    // Every page readers see it on, through the front cache, at once (a few seconds at most).
    const shows = async (path: string, text: string) => {
      const response = await request.get(path);
      return response.ok() && (await response.text()).includes(text);
    };
    for (const path of ['/', '/articles', '/specialties/cardiology', '/feed.xml']) {
      await expect.poll(() => shows(path, title), { message: `${path} lists the article`, timeout: 5_000, intervals: [250] }).toBe(true);
    }
    await expect.poll(() => shows('/sitemap.xml', `/articles/${slug}`), { message: 'the sitemap lists it', timeout: 5_000, intervals: [250] }).toBe(true);
    expect((await request.get(`/articles/${slug}`)).status()).toBe(200);

    await author.context.close();
    await editor.context.close();
  });

  test("two editors' conflicting saves: the second sees both versions and nothing is overwritten", async ({ browser }) => {
    const first = await signedIn(browser, EDITOR);
    const second = await signedIn(browser, ADMIN);
    const title = unique('Admin e2e conflict');
    const editPath = await draftPost(first.page, title);
    await second.page.goto(editPath);
    await first.page.goto(editPath);
    await editorReady(first.page);
    await editorReady(second.page);

    await first.page.getByLabel('Title').fill(`${title} (first)`);
    await first.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(first.page.getByText('Saved as version 2.')).toBeVisible();

    await second.page.getByLabel('Title').fill(`${title} (second)`);
    await second.page.getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = second.page.getByRole('region', { name: 'Changed since you opened it' });
    await expect(conflict).toBeVisible();
    await expect(second.page.getByText(/changed since you opened it/i).first()).toBeVisible();
    await expect(conflict.getByRole('cell', { name: `${title} (first)` })).toBeVisible();
    await expect(conflict.getByRole('cell', { name: `${title} (second)` })).toBeVisible();
    // What the second editor typed is still in the form.
    await expect(second.page.getByLabel('Title')).toHaveValue(`${title} (second)`);

    // Nothing was overwritten: the saved post is the first editor's.
    await first.page.goto(editPath);
    await expect(first.page.getByTestId('post-version')).toHaveText('2');
    await expect(first.page.getByLabel('Title')).toHaveValue(`${title} (first)`);
    await first.context.close();
    await second.context.close();
  });

  test('an editor schedules a news item a minute ahead and it appears by itself at its time', async ({ browser, request }) => {
    test.setTimeout(240_000);
    const editor = await signedIn(browser, EDITOR);
    const title = unique('Admin e2e scheduled news');
    await draftPost(editor.page, title, { kind: 'news' });
    // The next whole minute at least 30 s away, as the form takes it (UTC, to the minute).
    const at = new Date(Math.floor((Date.now() + 90_000) / 60_000) * 60_000);
    await editor.page.getByLabel('Publish at (UTC)').fill(at.toISOString().slice(0, 16));
    await editor.page.getByRole('button', { name: 'Schedule' }).click();
    await expect(editor.page.getByTestId('post-status')).toHaveText(/^Scheduled for /);
    await editor.context.close();

    const listed = async () => (await (await request.get('/news')).text()).includes(title);
    // Readers' cached pages do not show it before its time...
    expect(await listed()).toBe(false);
    // ...and do within a few seconds of it, with no one publishing anything.
    await expect.poll(listed, { message: 'the news list shows the scheduled item', timeout: at.getTime() - Date.now() + 20_000, intervals: [1_000] }).toBe(true);
    // Not early: it appeared at its time, not when it was scheduled.
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
  });

  test('leaving with unsaved changes asks first, and a reload offers the kept draft', async ({ browser }) => {
    const editor = await signedIn(browser, EDITOR);
    const page = editor.page;
    const title = unique('Admin e2e unsaved');
    const editPath = await draftPost(page, title);
    await page.goto(editPath);
    await editorReady(page);
    await page.getByLabel('Title').click();
    await page.keyboard.type(' typed but not saved');
    // The draft is kept half a second after typing stops.
    const draftKey = `hidoc-admin-draft:post:${editPath.split('/').pop()}`;
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) !== null, draftKey)).toBe(true);

    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.accept();
    });
    await page.reload();
    expect(dialogs).toContain('beforeunload');

    await expect(page.getByText('This browser kept changes you had not saved')).toBeVisible();
    await expect(page.getByLabel('Title')).toHaveValue(title);
    await page.getByRole('button', { name: 'Restore them' }).click();
    await expect(page.getByLabel('Title')).toHaveValue(`${title} typed but not saved`);
    await editor.context.close();
  });

  test('axe: the list, new, edit, revisions and revision pages', async ({ browser }) => {
    const editor = await signedIn(browser, EDITOR);
    const page = editor.page;
    const title = unique('Admin e2e axe');
    const editPath = await draftPost(page, title, { kind: 'condition', specialty: 'Cardiology' });
    await editorReady(page);
    await page.getByLabel('Title').fill(`${title} edited`);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Saved as version 2.')).toBeVisible();

    for (const path of ['/admin/posts', '/admin/posts/new', editPath, `${editPath}/revisions`, `${editPath}/revisions/1`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
    // The revision page restores version 1 as version 3.
    await page.getByRole('button', { name: 'Restore as a new version' }).click();
    await expect(page.getByText('The revision was restored as a new version.')).toBeVisible();
    await expect(page.getByTestId('post-version')).toHaveText('3');
    await expect(page.getByLabel('Title')).toHaveValue(title);
    await editor.context.close();
  });
});
