import { createHash, randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { expectNoAxeViolations } from './fixtures';

/*
 * The change-email link (issue 15, point 8), opened in a browser where nobody is signed in, as
 * on a phone's mail app. The request itself (password, mails) is covered by lib/auth's tests;
 * here the link is made as requestEmailChange makes it: a user, and a change_email token
 * stored as its SHA-256. The user is this file's own and is removed afterwards.
 */

const suffix = randomBytes(4).toString('hex');
const oldEmail = `e2e-change-${suffix}@example.com`;
const newEmail = `e2e-changed-${suffix}@example.com`;
const token = randomBytes(32).toString('base64url');
let sql: postgres.Sql;
let userId: number;

test.beforeAll(async () => {
  sql = postgres(process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const [user] = await sql<Array<{ id: number }>>`
    insert into users (email, name, password_hash) values (${oldEmail}, 'Dr E2E Change', 'not-a-hash') returning id`;
  userId = user!.id;
  await sql`
    insert into auth_tokens (user_id, kind, token_hash, new_email, expires_at)
    values (${userId}, 'change_email', ${createHash('sha256').update(token).digest('hex')}, ${newEmail}, now() + interval '1 hour')`;
});

test.afterAll(async () => {
  await sql`delete from users where id = ${userId}`;
  await sql.end({ timeout: 5 });
});

test('opening the link asks for a click, then the account takes the new address once', async ({ page }) => {
  await page.goto(`/verify-email/change/${token}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your new email address' })).toBeVisible();
  await expectNoAxeViolations(page);
  // Opening the page (what a mail scanner does) changes nothing.
  expect((await sql`select email from users where id = ${userId}`)[0]!.email).toBe(oldEmail);

  await page.getByRole('button', { name: 'Confirm this address' }).click();
  await expect(page.getByRole('status')).toContainText(`Your account now uses ${newEmail}`);
  const [row] = await sql<Array<{ email: string; verified: Date | null }>>`
    select email, email_verified_at as verified from users where id = ${userId}`;
  expect(row!.email).toBe(newEmail);
  expect(row!.verified).not.toBeNull();

  await page.reload();
  await expect(page.getByText('This link has expired or was already used.')).toBeVisible();
});

test('a made-up link says it cannot be used', async ({ page }) => {
  const response = await page.goto(`/verify-email/change/${randomBytes(32).toString('base64url')}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByText('This link has expired or was already used.')).toBeVisible();
  await expectNoAxeViolations(page);
});
