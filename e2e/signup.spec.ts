import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { closeOutbox, linkFromOutbox, subjectsTo } from './outbox';
import { PasswordResetPages, RegisterPage } from './pages/account-pages';

/*
 * Issue 15, points 1, 3, 6: sign up (one bad field first), confirm the address through the
 * emailed link, and set a new password through the reset link; axe on each page.
 */
test.afterAll(closeOutbox);

// Unique per run: the e2e database keeps its accounts between runs.
const email = `e2e.doctor.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.org`;
const doctor = {
  name: 'Dr Asha Menon',
  email,
  password: 'marigold harbour quartz 58',
  profession: 'Doctor',
  specialty: 'Oncology',
  registrationNumber: 'KMC-2014-7781',
  registrationCouncil: 'Kerala Medical Council',
  country: 'India',
};

test('a doctor signs up, confirms the address and sets a new password through the emailed links', async ({ page }) => {
  const register = new RegisterPage(page);
  const response = await register.open();
  expect(response?.headers()['cache-control']).toMatch(/private|no-store/);
  await expectNoAxeViolations(page);

  // The documents that apply follow the country: both sets until one is chosen, then the LLP's for India.
  await expect(page.getByRole('link', { name: /^Terms & Conditions.*version \d+/ })).toHaveCount(2);
  await register.fill({ ...doctor, registrationNumber: '' });
  await expect(page.getByRole('link', { name: /^Terms & Conditions.*version \d+/ })).toHaveAttribute('href', '/legal/terms/llp');
  await expect(page.getByRole('link', { name: /^Privacy Policy.*version \d+/ })).toHaveAttribute('href', '/legal/privacy/llp');
  await register.field('Country').selectOption({ label: 'United Kingdom' });
  await expect(page.getByRole('link', { name: /^Terms & Conditions.*version \d+/ })).toHaveAttribute('href', '/legal/terms/inc');
  await register.field('Country').selectOption({ label: 'India' });
  await register.acceptTerms().check();

  // A doctor without a registration number: the message beside the field, focus on it, the rest kept but the password.
  await register.submit();
  const number = register.field(/^Registration number/);
  await register.expectError(number, /enter your medical registration number/);
  await expect(number).toBeFocused();
  await expect(register.field('Full name')).toHaveValue(doctor.name);
  await expect(register.field('Email address')).toHaveValue(email);
  await expect(register.field('Profession')).toHaveValue('doctor');
  await expect(register.field(/^Registering council/)).toHaveValue(doctor.registrationCouncil);
  await expect(register.field('Country')).toHaveValue('IN');
  await expect(register.acceptTerms()).toBeChecked();
  await expect(register.field('Password')).toHaveValue('');
  await expectNoAxeViolations(page);

  await number.fill(doctor.registrationNumber);
  await register.field('Password').fill(doctor.password);
  await register.submit();
  await expect(register.checkInbox()).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  // The confirmation link, from the outbox: once it confirms, then it says it was used.
  const verifyPath = await linkFromOutbox(email, 'verify-email');
  await page.goto(verifyPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your email address is confirmed');
  await expectNoAxeViolations(page);
  await page.goto(verifyPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has expired or was already used');
  await expect(page.getByRole('link', { name: 'Sign in to get a new link' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Forgot the password: the reset link, a new password, then "sign in".
  const reset = new PasswordResetPages(page);
  await page.goto('/forgot-password');
  await expectNoAxeViolations(page);
  await reset.requestLink(email.toUpperCase());
  const resetPath = await linkFromOutbox(email, 'reset-password');
  await page.goto(resetPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set a new password');
  await expectNoAxeViolations(page);
  await reset.setNewPassword('short');
  await expect(page.getByLabel('New password')).toHaveAccessibleDescription(/at least 10 characters/i);
  await expect(page.getByLabel('New password')).toBeFocused();
  await reset.setNewPassword('lighthouse saffron tidal 93');
  await expect(page.getByRole('heading', { name: 'Your password is changed' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' }).last()).toHaveAttribute('href', '/login');

  // Used: the same link now explains and offers a new one, with no form.
  await page.goto(resetPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link has expired or was already used');
  await expect(page.getByLabel('New password')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  await expectNoAxeViolations(page);
});

test('signing up again with a registered address in another case shows the same answer, and its owner is told', async ({ page }) => {
  // An address of its own: the per-address limit (5 an hour) must not make reruns fail.
  const taken = `e2e.taken.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.org`;
  const register = new RegisterPage(page);
  for (const typed of [taken, taken.toUpperCase()]) {
    await register.open();
    await register.fill({ ...doctor, email: typed, profession: 'Nurse', registrationNumber: '', registrationCouncil: '' });
    await register.acceptTerms().check();
    await register.submit();
    await expect(register.checkInbox()).toBeVisible();
  }
  expect(await subjectsTo(taken, 2)).toEqual([expect.stringMatching(/tried to create/), expect.stringMatching(/Confirm your email/)]);
});

test('the profile page sends anonymous visitors to sign in', async ({ request }) => {
  const response = await request.get('/account', { maxRedirects: 0 });
  expect([303, 307, 308]).toContain(response.status());
  expect(response.headers()['location']).toMatch(/\/login\?callbackUrl=%2Faccount$/);
});
