import { createHash, randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { generateSecret, generateSync } from 'otplib';
import postgres from 'postgres';
import { hashPassword } from '../lib/auth/password';
import { DEMO_DOCTOR, signInByScript } from './pages/auth-pages';

/*
 * Issue 15's leak rule: no password hash, token or session hash, two-factor secret or other
 * user's email in any HTML or React server payload of the account pages, the data download or
 * /api/me. Every secret is read from the database and looked for literally. Signed in by
 * script with the right password (and code): no failure counts against the address.
 */

const ACCOUNT_PAGES = ['/account', '/account/security', '/account/bookmarks', '/account/data', '/account/deactivate'];
const OTHER_DEMO_EMAILS = ['admin@demo.hidoc.local', 'editor@demo.hidoc.local', 'author@demo.hidoc.local'];

let sql: postgres.Sql;
test.beforeAll(() => {
  sql = postgres(process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
});
test.afterAll(async () => {
  await sql.end({ timeout: 5 });
});

type Payload = { what: string; body: string };

/** Every account page as HTML and as the server payload (RSC: 1), the data download and /api/me. */
async function fetchEverything(request: APIRequestContext): Promise<Payload[]> {
  const payloads: Payload[] = [];
  for (const path of ACCOUNT_PAGES) {
    const html = await request.get(path, { maxRedirects: 0 });
    expect(html.status(), path).toBe(200);
    expect(html.headers()['content-type'], path).toContain('text/html');
    payloads.push({ what: `${path} (HTML)`, body: await html.text() });
    // Next answers a bare RSC request with a redirect to the `_rsc` cache-busting parameter it
    // expects; the router sends that parameter itself.
    let rsc = await request.get(path, { headers: { RSC: '1' }, maxRedirects: 0 });
    const location = rsc.headers()['location'];
    if (rsc.status() === 307 && location && new URL(location, 'http://x').searchParams.has('_rsc')) {
      rsc = await request.get(location, { headers: { RSC: '1' }, maxRedirects: 0 });
    }
    expect(rsc.status(), `${path} RSC`).toBe(200);
    expect(rsc.headers()['content-type'], `${path} RSC`).toContain('text/x-component');
    payloads.push({ what: `${path} (RSC)`, body: await rsc.text() });
  }
  const download = await request.get('/account/data/export', { maxRedirects: 0 });
  expect(download.status()).toBe(200);
  payloads.push({ what: '/account/data/export', body: await download.text() });
  const me = await request.get('/api/me');
  expect(me.status()).toBe(200);
  payloads.push({ what: '/api/me', body: await me.text() });
  return payloads;
}

/** The user's secrets as stored: password hash, session ids, token and recovery-code hashes, TOTP secret. */
async function storedSecrets(userId: number): Promise<string[]> {
  const [user] = await sql<Array<{ password_hash: string; totp_secret: string | null }>>`
    select password_hash, totp_secret from users where id = ${userId}`;
  const sessions = await sql<Array<{ id: string }>>`select id from sessions where user_id = ${userId}`;
  const tokens = await sql<Array<{ token_hash: string }>>`select token_hash from auth_tokens where user_id = ${userId}`;
  const codes = await sql<Array<{ code_hash: string }>>`select code_hash from recovery_codes where user_id = ${userId}`;
  const secrets = ['$argon2', user!.password_hash, ...sessions.map((s) => s.id), ...tokens.map((t) => t.token_hash), ...codes.map((c) => c.code_hash)];
  if (user!.totp_secret) secrets.push(user!.totp_secret, user!.totp_secret.match(/.{1,4}/g)!.join(' '));
  return secrets;
}

function expectNoneContains(payloads: Payload[], secrets: string[]) {
  const found = payloads.flatMap(({ what, body }) => secrets.filter((secret) => body.includes(secret)).map((secret) => `${what}: ${secret}`));
  expect(found).toEqual([]);
}

test("the demo doctor's account pages, server payloads, data download and /api/me hold no hash, token or other user's email", async ({ playwright, baseURL }) => {
  const [doctor] = await sql<Array<{ id: number }>>`select id from users where email = ${DEMO_DOCTOR.email}`;
  // An unused reset token of the doctor's own, so that there is a token hash to look for.
  const tokenHash = createHash('sha256').update(randomBytes(32)).digest('hex');
  await sql`insert into auth_tokens (user_id, kind, token_hash, expires_at) values (${doctor!.id}, 'reset_password', ${tokenHash}, now() + interval '1 hour')`;
  const request = await playwright.request.newContext({ baseURL });
  try {
    const { sessionCookie } = await signInByScript(request, DEMO_DOCTOR.email, DEMO_DOCTOR.password);
    expect(sessionCookie).not.toBeNull();
    const payloads = await fetchEverything(request);
    // The pages are the doctor's: the test would pass on a sign-in page too without this.
    expect(payloads.find((p) => p.what === '/account (HTML)')!.body).toContain(DEMO_DOCTOR.email);
    expect(payloads.find((p) => p.what === '/api/me')!.body).toContain(DEMO_DOCTOR.name);

    const secrets = await storedSecrets(doctor!.id);
    expect(secrets).toContain(tokenHash);
    expect(secrets.filter((s) => /^[0-9a-f]{64}$/.test(s)).length).toBeGreaterThanOrEqual(2);
    const others = await sql<Array<{ email: string }>>`select email from users where id <> ${doctor!.id}`;
    const otherEmails = [...new Set([...OTHER_DEMO_EMAILS, ...others.map((o) => o.email)])].filter((e) => !DEMO_DOCTOR.email.includes(e));
    expectNoneContains(payloads, [...secrets, ...otherEmails]);
  } finally {
    await request.dispose();
    await sql`delete from auth_tokens where token_hash = ${tokenHash}`;
  }
});

test('with two-factor on, neither the TOTP secret nor a recovery-code hash reaches the pages', async ({ playwright, baseURL }) => {
  const email = `e2e-leaks-${randomBytes(4).toString('hex')}@example.org`;
  const password = 'Leak-Check-E2E-2026';
  const secret = generateSecret();
  const [user] = await sql<Array<{ id: number }>>`
    insert into users (email, name, password_hash, email_verified_at, totp_secret, totp_enabled_at)
    values (${email}, 'Dr Leak Check', ${await hashPassword(password)}, now(), ${secret}, now()) returning id`;
  for (let i = 0; i < 3; i++) {
    const code = randomBytes(5).toString('hex');
    await sql`insert into recovery_codes (user_id, code_hash) values (${user!.id}, ${createHash('sha256').update(`${user!.id}:${code}`).digest('hex')})`;
  }
  const request = await playwright.request.newContext({ baseURL });
  try {
    const { sessionCookie } = await signInByScript(request, email, password, { code: generateSync({ secret }) });
    expect(sessionCookie).not.toBeNull();
    const payloads = await fetchEverything(request);
    expect(payloads.find((p) => p.what === '/account/security (HTML)')!.body).toContain('recovery codes are left');

    const secrets = await storedSecrets(user!.id);
    expect(secrets).toContain(secret);
    expectNoneContains(payloads, [...secrets, DEMO_DOCTOR.email, ...OTHER_DEMO_EMAILS]);
  } finally {
    await request.dispose();
    await sql`delete from users where id = ${user!.id}`;
  }
});
