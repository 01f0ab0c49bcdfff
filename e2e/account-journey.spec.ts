import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { generateSync } from 'otplib';
import postgres from 'postgres';
import { ARTICLES } from '../lib/db/seed-content';
import { expectNoAxeViolations } from './fixtures';
import { runJobsOnE2eDatabase } from './jobs';
import { closeOutbox, linkFromOutbox } from './outbox';
import { BookmarksPage, DataPage, DeactivatePage, ProfilePage, RegisterPage, TwoFactorSection } from './pages/account-pages';
import { LoginPage, SecurityPage, userMenuButton } from './pages/auth-pages';

/*
 * Issue 15's end-to-end journey, one account from sign-up to erasure and a second sign-up
 * with the same address. One test in steps: each step needs the state the last one left.
 * The account is this run's own (a fresh address); it causes no failed sign-in, so the
 * per-address limit the other specs share is untouched.
 */

test.afterAll(closeOutbox);

const email = `e2e.journey.${Date.now()}.${randomBytes(3).toString('hex')}@example.org`;
const password = 'juniper lantern cobalt 47';
const doctor = {
  name: 'Dr Meera Journey',
  email,
  password,
  profession: 'Doctor',
  specialty: 'Oncology',
  registrationNumber: 'TNMC-2016-4410',
  registrationCouncil: 'Tamil Nadu Medical Council',
  country: 'India',
};
const article = ARTICLES[0]!;
const TOTP_PERIOD = 30;

/** A browser context whose entry in the session list is recognisable by its made-up user agent. */
async function newDevice(browser: Browser, label: string): Promise<{ context: BrowserContext; page: Page; device: string }> {
  const device = `E2E-journey-${label}-${randomBytes(4).toString('hex')}`;
  const context = await browser.newContext({ userAgent: device });
  return { context, page: await context.newPage(), device };
}

async function signInOn(page: Page, callbackPath: string) {
  const login = new LoginPage(page);
  await login.open(`?callbackUrl=${encodeURIComponent(callbackPath)}`);
  await login.signIn(email, password, new RegExp(`${callbackPath.replace(/\//g, '\\/')}$`));
}

/** Signs the doctor up and opens the confirmation link from the outbox. */
async function signUpAndConfirm(page: Page) {
  const register = new RegisterPage(page);
  await register.open();
  await register.fill(doctor);
  await register.acceptTerms().check();
  await register.submit();
  await expect(register.checkInbox()).toBeVisible();
  await page.goto(await linkFromOutbox(email, 'verify-email'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your email address is confirmed');
}

/** What a signed-out browser sees: /account sends it to sign in, and /api/me knows nobody. */
async function expectSignedOut(page: Page) {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
  expect(await (await page.request.get('/api/me')).json()).toBeNull();
}

test('an account from sign-up to erasure, and the address signs up again', async ({ browser, page }) => {
  test.setTimeout(240_000);
  const sql = postgres(process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const others: BrowserContext[] = [];
  try {
    await test.step('sign up and confirm the address through the emailed link', async () => {
      await signUpAndConfirm(page);
    });

    const profile = new ProfilePage(page);
    await test.step('sign in and land on the profile, which holds what was typed at sign-up', async () => {
      await signInOn(page, '/account');
      await expect(userMenuButton(page, doctor.name)).toBeVisible();
      await expect(profile.field('Full name')).toHaveValue(doctor.name);
      await expect(profile.field(/^Registration number/)).toHaveValue(doctor.registrationNumber);
      await expect(profile.field('Country')).toHaveValue('IN');
      await expectNoAxeViolations(page);
    });

    const newName = 'Dr Meera Journey-Rao';
    await test.step('a bad field gets its message beside it and keeps the values; fixed, the profile saves', async () => {
      await profile.field('Full name').fill(newName);
      await profile.field(/^Registration number/).fill('');
      await profile.save();
      const number = profile.field(/^Registration number/);
      await expect(number).toHaveAttribute('aria-invalid', 'true');
      await expect(number).toHaveAccessibleDescription(/enter your medical registration number/);
      await expect(number).toBeFocused();
      await expect(profile.field('Full name')).toHaveValue(newName);
      await expect(profile.field(/^Registering council/)).toHaveValue(doctor.registrationCouncil);
      await expect(profile.field('Profession')).toHaveValue('doctor');
      await expect(profile.field('Country')).toHaveValue('IN');
      await expectNoAxeViolations(page);

      await number.fill(doctor.registrationNumber);
      await profile.save();
      await expect(profile.message()).toHaveText(/Your profile is saved\./);
      await profile.open();
      await expect(profile.field('Full name')).toHaveValue(newName);
      await expect(profile.field(/^Registration number/)).toHaveValue(doctor.registrationNumber);
    });

    await test.step("bookmark an article with its page's button, and find it in /account/bookmarks", async () => {
      await page.goto(`/articles/${article.slug}`);
      const button = page.getByRole('button', { name: 'Bookmark', exact: true });
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      await button.click();
      await expect(page.getByRole('button', { name: 'Bookmarked', exact: true })).toHaveAttribute('aria-pressed', 'true');
      await page.getByRole('link', { name: 'Your bookmarks' }).click();
      await expect(page).toHaveURL(/\/account\/bookmarks$/);
      const bookmarks = new BookmarksPage(page);
      await expect(bookmarks.items()).toHaveCount(1);
      await expect(bookmarks.items().getByRole('link', { name: article.title })).toHaveAttribute('href', `/articles/${article.slug}`);
      await expectNoAxeViolations(page);
      // A page past the last one is not found, not an empty list.
      await page.goto('/account/bookmarks?page=2');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    });

    await test.step('download the data: the JSON holds the profile and the bookmark, and no secret', async () => {
      const data = new DataPage(page);
      await data.open();
      await expectNoAxeViolations(page);
      const { fileName, data: json } = await data.download();
      expect(fileName).toMatch(/^your-data-\d{4}-\d{2}-\d{2}\.json$/);
      expect(json).toMatchObject({
        profile: { email, name: newName, profession: 'doctor', specialty: doctor.specialty, registrationNumber: doctor.registrationNumber, country: 'IN' },
        bookmarks: [{ kind: 'article', title: article.title, path: `/articles/${article.slug}` }],
        legalAcceptances: expect.arrayContaining([expect.objectContaining({ entity: 'llp' })]),
      });
      expect(JSON.stringify(json)).not.toContain('$argon2');
    });

    await test.step('a second device signed out from the first is signed out on its next request', async () => {
      const second = await newDevice(browser, 'second');
      others.push(second.context);
      await signInOn(second.page, '/account/security');
      const security = new SecurityPage(page);
      await security.open();
      const row = security.device(second.device);
      await expect(row).toHaveCount(1);
      await row.getByRole('button', { name: /sign out of this device/i }).click();
      await expect(row).toContainText('That device is signed out.');
      await expectSignedOut(second.page);
      await security.open();
      await expect(security.thisDevice()).toHaveCount(1);
    });

    const third = await newDevice(browser, 'third');
    others.push(third.context);
    await test.step('deactivate with the password: this device and another one are signed out', async () => {
      await signInOn(third.page, '/account');
      const deactivate = new DeactivatePage(page);
      await deactivate.open();
      await expect(page.getByRole('link', { name: 'Download your data' })).toHaveAttribute('href', '/account/data');
      await expectNoAxeViolations(page);
      await deactivate.deactivate(password, 'Testing the whole journey.');
      await expect(page).toHaveURL(/\/account-deactivation\/deactivated$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Your account is deactivated' })).toBeVisible();
      await expectSignedOut(third.page);
      await expectSignedOut(page);
    });

    await test.step('signing in again offers reactivation, which gives the account back', async () => {
      const login = new LoginPage(page);
      await login.open();
      await login.submit(email, password);
      await expect(page).toHaveURL(/\/reactivate$/);
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Reactivate my account' }).click();
      await expect(page).toHaveURL(/\/login\?notice=reactivated$/);
      await expect(page.getByRole('status')).toBeVisible();
      await login.signIn(email, password, /\/$/);
      await expect(userMenuButton(page, newName)).toBeVisible();
      // Restored as it was: the bookmark is still there.
      const bookmarks = new BookmarksPage(page);
      await bookmarks.open();
      await expect(bookmarks.items().getByRole('link', { name: article.title })).toBeVisible();
    });

    let enabledAtStep = 0;
    await test.step('turn on two-factor sign-in with a code made from the key on the page', async () => {
      await new SecurityPage(page).open();
      const twoFactor = new TwoFactorSection(page);
      await twoFactor.startSetup();
      const secret = await twoFactor.secret();
      expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
      await expectNoAxeViolations(page);
      enabledAtStep = Math.floor(Date.now() / 1000 / TOTP_PERIOD);
      await twoFactor.enable(generateSync({ secret, epoch: enabledAtStep * TOTP_PERIOD }), password);
      await expect(twoFactor.recoveryCodes()).toHaveCount(10);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'I have saved them' }).click();
      await expect(twoFactor.region()).toContainText('10 recovery codes are left.');

      // Sign out, then sign in with a later code than the one that turned it on (that one is spent).
      await userMenuButton(page, newName).click();
      await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(/\/login\?notice=signed-out$/);
      const login = new LoginPage(page);
      await login.submit(email, password);
      const code = page.getByLabel('Authentication code');
      await expect(code).toBeFocused();
      const step = Math.max(enabledAtStep + 1, Math.floor(Date.now() / 1000 / TOTP_PERIOD));
      await code.fill(generateSync({ secret, epoch: step * TOTP_PERIOD }));
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(userMenuButton(page, newName)).toBeVisible();
    });

    const firstId = (await sql<Array<{ id: number }>>`select id from users where email = ${email}`)[0]!.id;
    await test.step('delete the account now; the erase job frees the address', async () => {
      const deactivate = new DeactivatePage(page);
      await deactivate.open();
      await deactivate.deleteNow(password);
      await expect(page).toHaveURL(/\/account-deactivation\/deleted$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Your account is deleted' })).toBeVisible();
      await expectSignedOut(page);

      expect(await runJobsOnE2eDatabase()).toMatch(/erased [1-9]\d* account\(s\)/);
      const [erased] = await sql<Array<{ email: string; name: string; erased_at: Date | null; totp_secret: string | null }>>`
        select email, name, erased_at, totp_secret from users where id = ${firstId}`;
      expect(erased).toMatchObject({ email: `erased-${firstId}@invalid`, name: 'Deleted account', totp_secret: null });
      expect(erased!.erased_at).not.toBeNull();
      expect(await sql`select 1 from bookmarks where user_id = ${firstId}`).toHaveLength(0);
    });

    await test.step('the same address signs up again, as a new account with nothing of the old one', async () => {
      await signUpAndConfirm(page);
      const [again] = await sql<Array<{ id: number }>>`select id from users where email = ${email}`;
      expect(again!.id).not.toBe(firstId);

      await signInOn(page, '/account/bookmarks');
      await expect(page.getByText('No bookmarks yet.')).toBeVisible();
      await expectNoAxeViolations(page);
      await profile.open();
      await expect(profile.field('Full name')).toHaveValue(doctor.name);
    });
  } finally {
    for (const context of others) await context.close();
    await sql.end({ timeout: 5 });
  }
});
