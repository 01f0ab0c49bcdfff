import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { expectNoAxeViolations } from './fixtures';
import { LoginPage } from './pages/auth-pages';

/*
 * The editors of events, videos and CME activities, as an editor uses them: each test makes its
 * own items with unique names and leaves the demo content alone. Every admin page of these
 * editors is checked with axe (WCAG 2.1 AA).
 */

const EDITOR = { email: 'editor@demo.hidoc.local', password: 'Demo-Portal-2026' };

// Argon2 on a busy two-core machine: signing in may take longer than expect's default.
test.setTimeout(120_000);

async function signInAsEditor(page: Page, path: string) {
  const login = new LoginPage(page);
  await login.open(`?callbackUrl=${encodeURIComponent(path)}`);
  await login.submit(EDITOR.email, EDITOR.password);
  await expect(page).toHaveURL((url) => url.pathname === path, { timeout: 30_000 });
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A picture of its own colour per run, so each run uploads a new image. */
function newPicture(): Promise<Buffer> {
  const channel = () => Math.floor(Math.random() * 256);
  return sharp({ create: { width: 900, height: 450, channels: 3, background: { r: channel(), g: channel(), b: channel() } } }).png().toBuffer();
}

/** Whether a second reader of `path` gets Next's cached copy (a page made afresh just now is asked again). */
async function isServedFromCache(request: APIRequestContext, path: string): Promise<boolean> {
  for (let attempt = 0; attempt < 4; attempt++) {
    await request.get(path);
    if ((await request.get(path)).headers()['x-nextjs-cache'] === 'HIT') return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

test('an editor creates and publishes an event with a cover image; it is listed on /events and its page shows the cover', async ({ page, request }) => {
  const title = `E2E Admin Event ${unique()}`;
  const coverAlt = `A lecture hall before the talks (${unique()})`;
  await signInAsEditor(page, '/admin/events');
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'New event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New event' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Summary', { exact: true }).fill('An event made by the admin e2e test.');
  await page.getByLabel('Starts').fill('2031-03-10T09:00');
  await page.getByLabel('Ends').fill('2031-03-10T08:00');
  await page.getByLabel('Time zone', { exact: true }).fill('Europe/Vienna');
  await page.getByLabel('Online link').fill('https://example.org/live');
  await page.getByLabel('Choose an image').setInputFiles({ name: 'hall.png', mimeType: 'image/png', buffer: await newPicture() });
  await expect(page.getByRole('img', { name: 'Preview of the cover image' })).toBeVisible();
  await page.getByLabel('Text alternative').fill(coverAlt);
  // No organiser and an end before the start: both refused at once, each beside its field, what was typed kept.
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByText('The end must not be before the start.')).toBeVisible();
  await expect(page.getByText('Enter the organiser.')).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  await expect(page.getByLabel('Text alternative')).toHaveValue(coverAlt);

  await page.getByLabel('Organiser').fill('E2E Society');
  await page.getByLabel('Ends').fill('2031-03-10T17:00');
  await page.getByLabel('Online link').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByText('Enter an address that starts with https:// or http://.')).toBeVisible();
  await page.getByLabel('Online link').fill('https://example.org/live');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/events\/\d+\?created=1$/);
  await expect(page.getByRole('heading', { name: 'Status: draft' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByRole('heading', { name: 'Status: published' })).toBeVisible();
  const editUrl = page.url().replace(/\?.*$/, '');

  await page.goto(`${editUrl}/revisions`);
  await expect(page.getByRole('link', { name: 'Version 2' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Version 1' }).click();
  await expect(page.getByRole('button', { name: 'Restore version 1 as a new save' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/events');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // The cover as readers get it: the resized copies, its size held before it loads, its text alternative.
  const cover = page.getByRole('img', { name: coverAlt });
  await expect(cover).toBeVisible();
  await expect(cover).toHaveAttribute('srcset', /\/media\/[a-f0-9]{16}-320\.webp 320w, \/media\/[a-f0-9]{16}-640\.webp 640w/);
  await expect(cover).toHaveAttribute('width', '640');
  await expect(cover).toHaveAttribute('height', '320');
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expectNoAxeViolations(page);
  // Still a cached page for everyone else.
  expect(await isServedFromCache(request, new URL(page.url()).pathname)).toBe(true);
});

test('an editor edits a video, and a second save of the old version is refused', async ({ page, browser }) => {
  const title = `E2E Admin Video ${unique()}`;
  await signInAsEditor(page, '/admin/videos');
  await expect(page.getByRole('heading', { level: 1, name: 'Videos' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'New video' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New video' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Summary', { exact: true }).fill('A video made by the admin e2e test.');
  await page.getByLabel('Video id or address').fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await page.getByLabel('Duration').fill('12:30');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/videos\/\d+\?created=1$/);
  await expectNoAxeViolations(page);
  const editUrl = page.url().replace(/\?.*$/, '');

  // A second tab opens the same version before the first saves.
  const other = await page.context().newPage();
  await other.goto(editUrl);

  await page.getByLabel('Speaker').fill('Dr First Editor');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved as version 2.')).toBeVisible();

  await other.getByLabel('Speaker').fill('Dr Second Editor');
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(other.getByRole('heading', { name: 'Changed since you opened it' })).toBeVisible();
  await expect(other.getByRole('cell', { name: 'Dr First Editor' })).toBeVisible();
  await other.close();
  void browser;

  await page.goto(`${editUrl}/revisions`);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Version 1' }).click();
  await expectNoAxeViolations(page);

  await page.goto('/admin/videos/series');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'New series' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New video series' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Title', { exact: true }).fill(`E2E Admin Series ${unique()}`);
  await page.getByRole('button', { name: 'Create series' }).click();
  await expect(page).toHaveURL(/\/admin\/videos\/series\/\d+\?created=1$/);
  await expectNoAxeViolations(page);

  // A series' saves are kept like a video's: compared with the current one and restored as a new save.
  await page.getByLabel('Summary (optional)').fill('Written by the admin e2e test.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved as version 2.')).toBeVisible();
  await page.getByRole('link', { name: 'Saved versions' }).click();
  await expect(page.getByRole('link', { name: 'Version 2' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Version 1' }).click();
  await expect(page.getByRole('cell', { name: 'Written by the admin e2e test.' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Restore version 1 as a new save' }).click();
  await expect(page).toHaveURL(/\/admin\/videos\/series\/\d+\?restored=1$/);
  await expect(page.getByText('Version 1 was restored as version 3.')).toBeVisible();
  await expect(page.getByLabel('Summary (optional)')).toHaveValue('');
});

test('an editor creates a CME activity with two questions, and once published it lists on /cme', async ({ page }) => {
  const title = `E2E Admin CME ${unique()}`;
  await signInAsEditor(page, '/admin/cme');
  await expect(page.getByRole('heading', { level: 1, name: 'CME activities' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'New CME activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New CME activity' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Summary', { exact: true }).fill('An activity made by the admin e2e test.');
  await page.getByLabel('Content (Markdown, for signed-in doctors)', { exact: true }).fill('The **content**.');
  await page.getByLabel('Learning objectives').fill('Know the first thing\nKnow the second thing');
  await page.getByLabel('Faculty and disclosures').fill('Dr E2E Faculty | Physician | None');
  await page.getByLabel('Accreditation statement').fill('Accredited for 1 credit.');
  await page.getByLabel('Release date').fill(day(-1));
  await page.getByLabel('Expiry date').fill(day(365));
  await page.getByLabel('Question 1 (optional)', { exact: true }).fill('What is the first thing?');
  await page.getByLabel('Question 1: options').fill('* The first\nThe second');
  await page.getByLabel('Question 1: explanation').fill('The first is first.');
  // "Add another question" shows a third slot and keeps what was typed.
  await page.getByRole('button', { name: 'Add another question' }).click();
  await expect(page.getByLabel('Question 3 (optional)', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Question 1 (optional)', { exact: true })).toHaveValue('What is the first thing?');
  await page.getByLabel('Question 2 (optional)', { exact: true }).fill('What is the second thing?');
  await page.getByLabel('Question 2: options').fill('The first\n* The second\nThe third');
  await page.getByLabel('Question 2: explanation').fill('The second is second.');
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/admin\/cme\/\d+\?created=1$/);
  await expectNoAxeViolations(page);
  await expect(page.getByLabel('Question 2: options')).toHaveValue('The first\n* The second\nThe third');

  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByRole('heading', { name: 'Status: published' })).toBeVisible();
  const editUrl = page.url().replace(/\?.*$/, '');
  await page.goto(`${editUrl}/revisions`);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Version 1' }).click();
  await expectNoAxeViolations(page);

  await page.goto('/cme');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
});
