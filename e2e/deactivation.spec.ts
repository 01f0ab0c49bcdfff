import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

/*
 * The deactivation flow and bookmarks as far as they go without signing in. The signed-in
 * steps (deactivate → signed out everywhere → reactivate; bookmark an article) need the
 * sign-in change (next-auth) to land first.
 */

test("the footer's deactivation page leads to the flow and to reactivation", async ({ page }) => {
  await page.goto('/account-deactivation');
  await expect(page.getByRole('heading', { level: 1, name: 'Account Deactivation' })).toBeVisible();
  await expect(page.getByText('gives you 30 days to change your mind')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to account deactivation' })).toHaveAttribute('href', '/account/deactivate');
  await expect(page.getByRole('link', { name: 'Reactivate your account' })).toHaveAttribute('href', '/reactivate');
});

test('an anonymous visitor to /account/deactivate, /account/bookmarks or /account/data is sent to sign in', async ({ page }) => {
  for (const path of ['/account/deactivate', '/account/bookmarks', '/account/data']) {
    await page.goto(path);
    const url = new URL(page.url());
    expect(url.pathname, path).toBe('/login');
    expect(url.searchParams.get('callbackUrl'), path).toBe(path);
  }
});

test('the data download and the bookmark endpoint refuse anonymous changes', async ({ request }) => {
  const download = await request.get('/account/data/export', { maxRedirects: 0 });
  expect([302, 303, 307, 401]).toContain(download.status());
  const add = await request.post('/api/bookmarks', { data: { kind: 'condition', slug: 'calcinosis' } });
  expect(add.status()).toBe(403);
  expect(add.headers()['cache-control']).toBe('private, no-store');
  const state = await request.get('/api/bookmarks?kind=condition&slug=calcinosis');
  expect(await state.json()).toEqual({ signedIn: false, bookmarked: false });
  expect(state.headers()['cache-control']).toBe('private, no-store');
});

test('/reactivate renders its form, answers a wrong password with the one generic message, and passes axe', async ({ page }) => {
  await page.goto('/reactivate');
  await expect(page.getByRole('heading', { level: 1, name: 'Reactivate your account' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Email address').fill('nobody-here@example.org');
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Reactivate my account' }).click();
  await expect(page.locator('main').getByRole('alert')).toContainText('We could not reactivate an account with these details');
  // The email is kept; the password is not.
  await expect(page.getByLabel('Email address')).toHaveValue('nobody-here@example.org');
  await expect(page.getByLabel('Password')).toHaveValue('');
  await expectNoAxeViolations(page);
});

test('the confirmation pages are public and pass axe', async ({ page }) => {
  for (const [path, heading] of [
    ['/account-deactivation/deactivated', 'Your account is deactivated'],
    ['/account-deactivation/deleted', 'Your account is deleted'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test('an anonymous reader sees "Sign in to bookmark" on an article, an event and a video, which stay cache hits', async ({ page, request }) => {
  for (const path of ['/conditions/calcinosis', '/events/international-lung-cancer-congress', '/videos/thromboprophylaxis-in-medical-settings-an-update']) {
    await page.goto(path);
    const link = page.getByRole('link', { name: 'Sign in to bookmark' });
    await expect(link, path).toBeVisible();
    await expect(link, path).toHaveAttribute('href', `/login?callbackUrl=${encodeURIComponent(path)}`);
    expect((await request.get(path)).status()).toBe(200);
    const again = await request.get(path);
    expect(again.headers()['x-nextjs-cache'], path).toBe('HIT');
    expect(again.headers()['cache-control'] ?? '', path).not.toMatch(/private|no-store/);
  }
  await page.goto('/conditions/calcinosis');
  await expectNoAxeViolations(page);
});
