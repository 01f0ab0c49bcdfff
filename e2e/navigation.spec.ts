import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';

const NAV = ['Conditions', 'News', 'Articles', 'Events', 'Videos', 'CME', 'Search', 'Sign in'];

test.describe('on a 375-pixel-wide phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the header menu opens and closes with the pointer', async ({ page }) => {
    const home = new HomePage(page);
    await home.open();
    const button = home.menuButton();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('link', { name: 'Conditions', exact: true })).toBeHidden();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    for (const name of NAV) await expect(page.getByRole('banner').getByRole('link', { name, exact: true })).toBeVisible();
    await page.getByRole('banner').getByRole('link', { name: 'Conditions', exact: true }).click();
    await expect(page).toHaveURL(/\/conditions$/);
  });

  test('the header menu works by keyboard alone', async ({ page }) => {
    const home = new HomePage(page);
    await home.open();
    const button = home.menuButton();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Conditions', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
  });

  test('the page does not scroll sideways', async ({ page }) => {
    for (const path of ['/', '/conditions/calcinosis', '/legal/privacy/inc']) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test('a keyboard user can skip to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: /skip to content/i });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});
