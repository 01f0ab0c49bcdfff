import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type BrowserContext, type Page, type Response } from '@playwright/test';
import postgres from 'postgres';
import { hashPassword } from '../lib/auth/password';
import { expectNoAxeViolations } from './fixtures';
import { DEMO_DOCTOR, LoginPage, SecurityPage, signInByScript, userMenuButton } from './pages/auth-pages';

/*
 * Issue 15, points 4, 5, 11-13: signing in and out, the session list, the strict policy on the
 * per-request pages, and hostile requests. Every test signs in on its own, so they run in
 * parallel; a device is told apart in the session list by a user agent of its own.
 */

/** Collects Content-Security-Policy violations and the console's errors, from the first script on. */
async function watchForViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /content security policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return async () => [...consoleErrors, ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []))];
}

async function expectStrictPolicy(response: Response | null, path: string) {
  expect(response, path).not.toBeNull();
  const policies = (await response!.headersArray()).filter((h) => h.name.toLowerCase() === 'content-security-policy');
  // A browser enforces every policy it gets: the static one must not come along.
  expect(policies, path).toHaveLength(1);
  const scripts = policies[0]!.value.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '))!;
  expect(scripts, path).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scripts, path).toContain("'strict-dynamic'");
  expect(scripts, path).not.toContain("'unsafe-inline'");
  const cacheControl = response!.headers()['cache-control'] ?? '';
  expect(cacheControl, path).toContain('private');
  expect(cacheControl, path).toContain('no-store');
}

/** A browser context whose session-list entry is recognisable: its user agent is a made-up name. */
async function newDevice(browser: Browser, label: string): Promise<{ context: BrowserContext; page: Page; device: string }> {
  const device = `E2E-${label}-${randomBytes(4).toString('hex')}`;
  const context = await browser.newContext({ userAgent: device });
  return { context, page: await context.newPage(), device };
}

test('the demo doctor signs in, sees the menu and this device, under the strict policy, with no violations', async ({ page }) => {
  const violations = await watchForViolations(page);
  const login = new LoginPage(page);
  await expectStrictPolicy(await login.open('?callbackUrl=%2Faccount%2Fsecurity'), '/login');
  await expectNoAxeViolations(page);
  await login.signIn(DEMO_DOCTOR.email, DEMO_DOCTOR.password, /\/account\/security$/);

  const security = new SecurityPage(page);
  await expect(security.heading()).toBeVisible();
  await expect(security.thisDevice()).toHaveCount(1);
  await expect(security.thisDevice()).toContainText('Chrome on Linux');
  await expect(userMenuButton(page)).toBeVisible();
  await expectNoAxeViolations(page);
  await expectStrictPolicy(await security.open(), '/account/security');
  await expect(security.thisDevice()).toHaveCount(1);

  // A public page keeps the static policy and shows the menu from /api/me.
  const home = await page.goto('/');
  const policy = home!.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("'unsafe-inline'");
  expect(policy).not.toContain('nonce-');
  await userMenuButton(page).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Account' })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('a wrong email or password gets the one generic message beside the form, and the email stays', async ({ page }) => {
  const login = new LoginPage(page);
  await login.open();
  // An address with no account: the same message and the same work as a wrong password
  // (lib/auth/sign-in.test.ts), without spending the demo doctor's five failures.
  const email = `nobody-${randomBytes(3).toString('hex')}@demo.hidoc.local`;
  await login.submit(email, 'Not-The-Password-2026');
  await expect(login.error()).toHaveText(/The email or password is not right\./);
  await expect(login.email()).toHaveValue(email);
  await expect(login.email()).toHaveAttribute('aria-describedby', 'login-error');
  await expect(login.password()).toHaveValue('');
  await expect(page).toHaveURL(/\/login$/);
});

test('a device signed out from another one is signed out on its next request', async ({ browser }) => {
  const first = await newDevice(browser, 'first');
  const second = await newDevice(browser, 'second');
  try {
    await new LoginPage(first.page).open('?callbackUrl=%2Faccount%2Fsecurity');
    await new LoginPage(first.page).signIn(DEMO_DOCTOR.email, DEMO_DOCTOR.password, /\/account\/security$/);
    await new LoginPage(second.page).open('?callbackUrl=%2Faccount%2Fsecurity');
    await new LoginPage(second.page).signIn(DEMO_DOCTOR.email, DEMO_DOCTOR.password, /\/account\/security$/);

    const security = new SecurityPage(first.page);
    await security.open();
    await expect(security.thisDevice()).toContainText(first.device);
    const row = security.device(second.device);
    await expect(row).toHaveCount(1);
    await row.getByRole('button', { name: /sign out of this device/i }).click();
    await expect(row).toContainText('That device is signed out.');
    await security.open();
    await expect(security.device(second.device)).toHaveCount(0);

    await second.page.goto('/account/security');
    await expect(second.page).toHaveURL(/\/login\?callbackUrl=%2Faccount%2Fsecurity$/);
    const me = await second.page.request.get('/api/me');
    expect(await me.json()).toBeNull();
    // The first device is untouched.
    await security.open();
    await expect(security.thisDevice()).toContainText(first.device);
  } finally {
    await first.context.close();
    await second.context.close();
  }
});

test('after signing out, a copy of the cookie taken before no longer opens the account', async ({ browser, page }) => {
  const login = new LoginPage(page);
  await login.open('?callbackUrl=%2Faccount%2Fsecurity');
  await login.signIn(DEMO_DOCTOR.email, DEMO_DOCTOR.password, /\/account\/security$/);
  const copied = (await page.context().cookies()).filter((c) => c.name === 'next-auth.session-token');
  expect(copied).toHaveLength(1);
  expect(copied[0]).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });

  await userMenuButton(page).click();
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login\?notice=signed-out$/);
  await expect(page.getByRole('status')).toHaveText('You are signed out.');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();

  const thief = await browser.newContext();
  try {
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto('/account/security');
    await expect(stolen).toHaveURL(/\/login\?callbackUrl=/);
    expect(await (await stolen.request.get('/api/me')).json()).toBeNull();
  } finally {
    await thief.close();
  }
});

test('a script signs in through /api/auth/csrf and the credentials callback; the cookie holds no email', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  try {
    const { response, sessionCookie } = await signInByScript(request, DEMO_DOCTOR.email, DEMO_DOCTOR.password);
    expect(response.status()).toBe(302);
    expect(sessionCookie).not.toBeNull();
    expect(sessionCookie).not.toContain('doctor');
    expect(await (await request.get('/api/me')).json()).toEqual({ name: DEMO_DOCTOR.name });
    const session = await (await request.get('/api/auth/session')).json();
    expect(JSON.stringify(session)).not.toContain('@');
    // A signed-in page never comes from the front cache, and is private.
    for (let i = 0; i < 2; i++) {
      const account = await request.get('/account/security', { maxRedirects: 0 });
      expect(account.status()).toBe(200);
      expect(account.headers()['x-front-cache']).toBeUndefined();
      expect(account.headers()['cache-control']).toContain('no-store');
      expect(await account.text()).not.toContain('$argon2');
    }
  } finally {
    await request.dispose();
  }
});

test('hostile input to the sign-in endpoint gets an answer or a 4xx, never a 500', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  try {
    const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const post = (data: string | Buffer, contentType = 'application/x-www-form-urlencoded') =>
      request.post('/api/auth/callback/credentials', { data, headers: { 'Content-Type': contentType }, maxRedirects: 0 });
    const form = (fields: Record<string, string>) => new URLSearchParams({ csrfToken, ...fields }).toString();

    // On a connection of its own: the server answers before reading the body, then closes it.
    const other = await playwright.request.newContext({ baseURL });
    const huge = await other.post('/api/auth/callback/credentials', {
      data: Buffer.alloc(10 * 1024 * 1024, 'a'),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      maxRedirects: 0,
    });
    expect(huge.status()).toBe(413);
    await other.dispose();
    expect((await post('{"email": ', 'application/json')).status()).toBe(415);
    for (const fields of [
      { email: 'nul\u0000@demo.hidoc.local', password: 'x' },
      { email: `${'a'.repeat(10_000)}@demo.hidoc.local`, password: 'x' },
      { email: 'a@b.c', password: 'p'.repeat(10_000) },
      { email: '', password: '' },
    ]) {
      const response = await post(form(fields));
      expect(response.status()).toBe(302);
      expect(response.headers()['location']).toContain('error=CredentialsSignin');
    }
    const noCsrf = await request.post('/api/auth/callback/credentials', { form: { email: DEMO_DOCTOR.email, password: DEMO_DOCTOR.password }, maxRedirects: 0 });
    expect(noCsrf.status()).toBeLessThan(500);
    expect(noCsrf.headers()['location']).not.toContain('/account');
    expect((await request.get('/api/me')).status()).toBe(200);
    expect(await (await request.get('/api/me')).json()).toBeNull();
  } finally {
    await request.dispose();
  }
});

test('a server action posted with another site\'s Origin is refused and not carried out, and hostile fields get a message', async ({ browser, playwright, baseURL }) => {
  const first = await newDevice(browser, 'actor');
  const target = await newDevice(browser, 'target');
  try {
    for (const device of [first, target]) {
      await new LoginPage(device.page).open('?callbackUrl=%2Faccount%2Fsecurity');
      await new LoginPage(device.page).signIn(DEMO_DOCTOR.email, DEMO_DOCTOR.password, /\/account\/security$/);
    }
    const security = new SecurityPage(first.page);
    await security.open();

    // Catch the real action request the button makes, and send it again as another site would.
    let captured: { headers: Record<string, string>; body: Buffer | null } | null = null;
    await first.page.route('**/account/security', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      captured = { headers: await route.request().allHeaders(), body: route.request().postDataBuffer() };
      await route.abort();
    });
    await security.device(target.device).getByRole('button', { name: /sign out of this device/i }).click();
    await expect.poll(() => captured).not.toBeNull();
    const { headers, body } = captured!;
    expect(headers['next-action']).toBeTruthy();

    const forged = await first.context.request.post('/account/security', {
      headers: { ...headers, origin: 'https://evil.example' },
      data: body!,
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    // Not carried out: the target device is still signed in.
    expect(await (await target.page.request.get('/api/me')).json()).toEqual({ name: DEMO_DOCTOR.name });

    // Hostile fields in a real action request: a message, never a 500, and nothing done.
    const { 'content-length': _length, ...replayHeaders } = headers;
    void _length;
    const text = body!.toString('utf8');
    const sessionId = text.match(/[0-9a-f]{64}/)![0];
    for (const hostile of ['ab\u0000cd', 'a'.repeat(10_000)]) {
      const response = await first.context.request.post('/account/security', { headers: replayHeaders, data: text.replace(sessionId, hostile), maxRedirects: 0 });
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain('Choose a device from the list.');
    }
    // On a connection of its own: the server answers before reading the body, then closes it.
    const bulk = await playwright.request.newContext({ baseURL, storageState: await first.context.storageState() });
    const huge = await bulk.post('/account/security', {
      headers: replayHeaders,
      data: text.replace(sessionId, 'a'.repeat(10 * 1024 * 1024)),
      maxRedirects: 0,
    });
    expect(huge.status()).toBe(413);
    await bulk.dispose();
    expect(await (await target.page.request.get('/api/me')).json()).toEqual({ name: DEMO_DOCTOR.name });

    // The same request from our own origin does work, so the refusal was the Origin's doing.
    const genuine = await first.context.request.post('/account/security', { headers, data: body!, maxRedirects: 0 });
    expect(genuine.status()).toBe(200);
    expect(await (await target.page.request.get('/api/me')).json()).toBeNull();
  } finally {
    await first.context.close();
    await target.context.close();
  }
});

test('an account with two-factor on is asked for a code, which is refused when wrong, the email and password kept', async ({ page }) => {
  // A user of this test's own with TOTP on; the right-code case comes with the two-factor change.
  const email = `totp-${randomBytes(4).toString('hex')}@e2e.hidoc.local`;
  const password = 'Two-Factor-E2E-2026';
  const sql = postgres(process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    await sql`insert into users (email, name, password_hash, email_verified_at, totp_secret, totp_enabled_at)
              values (${email}, 'Dr. Two Factor', ${await hashPassword(password)}, now(), 'JBSWY3DPEHPK3PXP', now())`;
    const login = new LoginPage(page);
    await login.open();
    await login.submit(email, password);
    const code = page.getByLabel('Authentication code');
    await expect(code).toBeFocused();
    await expect(login.error()).toHaveText(/Enter the code from your authenticator app/);
    await expect(login.email()).toHaveValue(email);
    await expect(login.password()).toHaveValue(password);
    await expectNoAxeViolations(page);

    await code.fill('000000');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect(login.error()).toHaveText(/That code is not right/);
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveURL(/\/login$/);
    expect(await (await page.request.get('/api/me')).json()).toBeNull();
  } finally {
    await sql`delete from users where email = ${email}`;
    await sql.end({ timeout: 5 });
  }
});
