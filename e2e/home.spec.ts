import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, NOT_FOUND_HEADING } from './fixtures';
import { HOME_SECTIONS, HomePage } from './pages/home-page';
import { SEED_TITLES } from './seed-titles';

test('the home page shows the featured condition and four numbered lists of the seed titles', async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  await expect(page.getByRole('heading', { level: 2, name: 'Calcinosis' })).toBeVisible();
  for (const section of HOME_SECTIONS) {
    expect(await home.itemTitles(section), section).toEqual(SEED_TITLES[section]);
  }
});

test('each home list links to its items and to its full list', async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  const viewAll = { 'Trending News': '/news', 'Latest Articles': '/articles', 'Upcoming Events': '/events', Videos: '/videos' };
  for (const section of HOME_SECTIONS) {
    await expect(home.section(section).getByRole('link', { name: /view all/i })).toHaveAttribute('href', viewAll[section]);
  }
  await home.section('Trending News').locator('ol > li a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES['Trending News'][0]!);
});

test('every footer link opens a real page', async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  const footer = home.footer();
  await expect(footer).toContainText(`© Copyright ${new Date().getFullYear()} Hidoc Dr. Inc.`);
  await expect(footer).toContainText('Terms & Conditions - LLP | Inc. | Privacy Policy - LLP | Inc. | Account Deactivation');
  const hrefs = await footer.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(
    expect.arrayContaining(['/legal/terms/llp', '/legal/terms/inc', '/legal/privacy/llp', '/legal/privacy/inc', '/account-deactivation']),
  );
  for (const href of hrefs) {
    const response = await page.goto(href!);
    expect(response?.status(), href!).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(NOT_FOUND_HEADING);
  }
});

test('an unknown address answers a styled 404', async ({ page }) => {
  const response = await page.goto('/news/no-such-story');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND_HEADING);
  await expect(page.getByRole('link', { name: /home/i }).first()).toBeVisible();
});

test('/favicon.ico is an icon, for browsers and bookmarks that ask for it without reading the page', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  const body = await response.body();
  // An ICO file: reserved 0, type 1 (icon), then the number of images.
  expect([...body.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  expect(body.readUInt16LE(4)).toBeGreaterThan(0);
});

test('the home page has no WCAG 2.1 AA violations', async ({ page }) => {
  await new HomePage(page).open();
  await expectNoAxeViolations(page);
});
