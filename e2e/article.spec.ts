import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

const SECTIONS = ['Overview', 'Causes', 'Symptoms', 'Diagnosis', 'Treatment', 'Outlook'];

test('the Calcinosis article shows its six sections with a table of contents', async ({ page }) => {
  await page.goto('/conditions/calcinosis');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Calcinosis');
  const article = page.getByRole('main');
  for (const name of SECTIONS) {
    await expect(article.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  const contents = page.getByRole('navigation', { name: /contents/i });
  await contents.getByRole('link', { name: 'Treatment', exact: true }).click();
  await expect(page).toHaveURL(/#treatment$/);
  await expect(article).toContainText('bisphosphonates or calcitonin');
});

test('the Calcinosis article has no WCAG 2.1 AA violations', async ({ page }) => {
  await page.goto('/conditions/calcinosis');
  await expectNoAxeViolations(page);
});

for (const path of ['/legal/terms/llp', '/legal/terms/inc', '/legal/privacy/llp', '/legal/privacy/inc']) {
  test(`the legal page ${path} shows a versioned document and passes axe`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(path.includes('terms') ? /terms/i : /privacy/i);
    await expect(page.getByRole('main')).toContainText(/version \d+/i);
    await expect(page.getByRole('main')).toContainText(/effective/i);
    await expectNoAxeViolations(page);
  });
}

test('the account deactivation page explains deactivation and passes axe', async ({ page }) => {
  await page.goto('/account-deactivation');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/deactivat/i);
  await expect(page.getByRole('link', { name: /deactivate/i }).first()).toHaveAttribute('href', /\/account\/deactivate/);
  await expectNoAxeViolations(page);
});

test("the bench's speed reference page is kept out of search engines and passes axe", async ({ page, request }) => {
  await page.goto('/speed-reference');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Speed reference');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expectNoAxeViolations(page);
  // Linked from nowhere: not in the sitemap.
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain('speed-reference');
});
