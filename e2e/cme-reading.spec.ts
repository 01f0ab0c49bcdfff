import { expect, test } from '@playwright/test';
import { CME_ACTIVITIES, CME_BODY_MARKER, DEMO_PASSED_CME_SLUG } from '../lib/db/seed-content';
import { expectNoAxeViolations, NOT_FOUND_HEADING } from './fixtures';
import { DEMO_DOCTOR, LoginPage } from './pages/auth-pages';
import { CmeActivityPage, CmeListPage } from './pages/cme-pages';

/*
 * Issue 16, points 1 and 2, as a reader clicks through them: the list, its specialty filter
 * and archive tab, an activity's teaser, signing in from its call to action and landing back
 * on the same address with the content and their progress.
 */

const [thrombo, lorlatinib, sequencing, archived] = CME_ACTIVITIES as [
  (typeof CME_ACTIVITIES)[0],
  (typeof CME_ACTIVITIES)[0],
  (typeof CME_ACTIVITIES)[0],
  (typeof CME_ACTIVITIES)[0],
];

test('list → specialty filter → archive tab → teaser → sign in from it → the content at the same address', async ({ page }) => {
  const list = new CmeListPage(page);
  await list.open();
  await expect(list.heading()).toHaveText('CME activities');
  // Other specs add activities of their own while this runs: the seeded ones, newest release first.
  const seededTitles = new Set(CME_ACTIVITIES.map((activity) => activity.title));
  await expect(list.activityLinks().first()).toBeVisible();
  expect((await list.activityLinks().allTextContents()).filter((title) => seededTitles.has(title))).toEqual([
    sequencing.title,
    lorlatinib.title,
    thrombo.title,
  ]);
  const first = page.getByRole('main').getByRole('listitem').filter({ hasText: lorlatinib.title });
  await expect(first).toContainText('Oncology');
  await expect(first).toContainText('Video');
  await expect(first).toContainText('1.50 credits');
  await expect(first).toContainText(/Released \d{1,2} \w+ \d{4}/);
  await expect(first).toContainText(/Expires \d{1,2} \w+ \d{4}/);
  await expectNoAxeViolations(page);

  await list.filter(/^Oncology/).click();
  await expect(page).toHaveURL(/\/cme\/specialty\/oncology$/);
  await expect(list.heading()).toHaveText('CME activities: Oncology');
  await expect(list.activityLinks()).toHaveText([sequencing.title, lorlatinib.title]);

  // The filter carries over to the archive, which has nothing in oncology: the empty state.
  await list.tab('Archive').click();
  await expect(page).toHaveURL(/\/cme\/archive\/specialty\/oncology$/);
  await expect(list.emptyState()).toHaveText('No archived activities in Oncology yet.');
  await page.getByRole('link', { name: 'Show archived activities in every specialty' }).click();
  await expect(page).toHaveURL(/\/cme\/archive$/);
  await expect(list.activityLinks()).toHaveText([archived.title]);
  await expect(page.getByRole('main')).toContainText(/Expired \d{1,2} \w+ \d{4}/);
  await expectNoAxeViolations(page);

  await list.tab('Current activities').click();
  await expect(page).toHaveURL(/\/cme$/);
  await list.activityLinks().filter({ hasText: sequencing.title }).click();
  await expect(page).toHaveURL(new RegExp(`/cme/${sequencing.slug}$`));
  const activity = new CmeActivityPage(page);
  await expect(activity.heading()).toHaveText(sequencing.title);
  await expect(activity.objectives()).toHaveText(sequencing.objectives);
  await expect(activity.faculty()).toContainText(sequencing.faculty[0]!.name);
  await expect(activity.faculty()).toContainText(sequencing.faculty[0]!.disclosure);
  await expect(page.getByRole('region', { name: 'Accreditation' })).toContainText(sequencing.accreditationStatement);
  await expect(page.getByRole('main')).toContainText('5 questions, pass mark 70%');
  await activity.expectTeaserOnly();
  await expect(activity.signInLink()).toHaveAttribute('href', `/login?callbackUrl=/cme/${sequencing.slug}`);
  await expect(page.getByRole('main')).not.toContainText(CME_BODY_MARKER);
  await expectNoAxeViolations(page);

  await activity.signInLink().click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await new LoginPage(page).signIn(DEMO_DOCTOR.email, DEMO_DOCTOR.password, new RegExp(`/cme/${sequencing.slug}$`));
  await expect(activity.heading()).toHaveText(sequencing.title);
  await expect(activity.content()).toContainText(CME_BODY_MARKER);
  await expect(activity.content().getByRole('heading', { name: 'Worked example' })).toBeVisible();
  await expect(activity.progress()).toBeVisible();
  await expect(activity.progress()).toContainText(/Not started|In progress|Passed/);
  await expect(activity.signInLink()).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a signed-in doctor sees the video, what they have passed, and the way to the test; made-up addresses are 404', async ({ page }) => {
  await new LoginPage(page).open(`?callbackUrl=/cme/${DEMO_PASSED_CME_SLUG}`);
  await new LoginPage(page).signIn(DEMO_DOCTOR.email, DEMO_DOCTOR.password, new RegExp(`/cme/${DEMO_PASSED_CME_SLUG}$`));
  const activity = new CmeActivityPage(page);
  // The seeded pass, with its evaluation done: the certificate is in the transcript.
  await expect(activity.progress()).toContainText('Passed');
  await expect(activity.progress().getByRole('link', { name: /certificate/ })).toHaveAttribute('href', '/account/cme');
  await expect(activity.takeTestLink()).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Play video: ${thrombo.title}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // Navigating inside the app (the router's server payload) keeps the signed-in view.
  await page.getByRole('link', { name: 'CME', exact: true }).first().click();
  await expect(page).toHaveURL(/\/cme$/);
  await new CmeListPage(page).activityLinks().filter({ hasText: lorlatinib.title }).click();
  await expect(activity.heading()).toHaveText(lorlatinib.title);
  await expect(activity.content()).toBeVisible();

  for (const path of ['/cme/no-such-activity', '/cme/page/1', '/cme/page/99', '/cme/specialty/no-such-specialty', '/cme/archive/teaser']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(NOT_FOUND_HEADING);
  }
});

test('keyboard: the filter, tabs and the call to action are reachable and work without a mouse', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const list = new CmeListPage(page);
  await list.open();
  await list.tab('Archive').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cme\/archive$/);
  await list.activityLinks().first().focus();
  await page.keyboard.press('Enter');
  const activity = new CmeActivityPage(page);
  await expect(activity.heading()).toHaveText(archived.title);
  await expect(page.getByRole('main')).toContainText('no longer offers credit');
  await activity.signInLink().focus();
  await expect(activity.signInLink()).toBeFocused();
  // Nothing wider than a phone's screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('addresses under /cme that name nothing are 404 for anyone, and are not kept in the cache', async ({ request }) => {
  for (const path of ['/cme/no-such-activity', '/cme/page/1', '/cme/page/0', '/cme/page/2', '/cme/specialty/no-such-specialty', '/cme/archive/page/abc', '/cme/no-such-activity/teaser']) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(404);
    const again = await request.get(path);
    expect(again.status(), path).toBe(404);
    expect(again.headers()['x-nextjs-cache'], path).not.toBe('HIT');
  }
});
