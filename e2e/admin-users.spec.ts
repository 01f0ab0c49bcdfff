import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import postgres from 'postgres';
import { hashPassword } from '../lib/auth/password';
import { expectNoAxeViolations } from './fixtures';
import { LoginPage } from './pages/auth-pages';

/*
 * Issue 17, points 6, 8 and 9: an admin's users pages, the audit log and the mail outbox.
 * Every test makes its own users and messages (unique addresses) and changes nothing of the
 * demo content; the demo admin only signs in.
 */

const ADMIN = { email: 'admin@demo.hidoc.local', password: 'Demo-Portal-2026' } as const;
const PASSWORD = 'Admin-Users-E2E-2026';

// Each test signs in twice or more (argon2) and runs axe on several pages: slow on a shared machine.
test.describe.configure({ timeout: 120_000 });

let sql: postgres.Sql;
test.beforeAll(() => {
  sql = postgres(process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
});
test.afterAll(async () => {
  await sql.end({ timeout: 5 });
});

const marker = () => randomBytes(4).toString('hex');

async function insertUser(values: { email: string; name: string; role?: string; status?: string; deactivated?: boolean }) {
  const [row] = await sql<Array<{ id: number }>>`
    insert into users (email, name, password_hash, email_verified_at, role, status, deactivated_at, delete_after)
    values (${values.email}, ${values.name}, ${await hashPassword(PASSWORD)}, now(), ${values.role ?? 'member'}, ${values.deactivated ? 'deactivated' : 'active'},
            ${values.deactivated ? sql`now()` : null}, ${values.deactivated ? sql`now() + interval '10 days'` : null})
    returning id`;
  return row!.id;
}

async function signedIn(browser: Browser, email: string, password: string, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.open(`?callbackUrl=${encodeURIComponent(path)}`);
  await signInHere(login, email, password, path);
  return page;
}

/** Signs in on the login page and waits for the page it lands on (argon2 is slow on a busy machine: more than 5 s). */
async function signInHere(login: LoginPage, email: string, password: string, path: string) {
  await login.submit(email, password);
  await expect(login.page).toHaveURL(new RegExp(`${path.replace(/[/?]/g, '\\$&')}$`), { timeout: 20_000 });
}

test('an admin demotes an editor: the editor’s open admin tab is refused on its next request, and the audit log shows it', async ({ browser }) => {
  const id = marker();
  const email = `demoted-${id}@e2e.hidoc.local`;
  const name = `Dr Demoted ${id}`;
  const userId = await insertUser({ email, name, role: 'editor' });

  const editor = await signedIn(browser, email, PASSWORD, '/admin');
  await expect(editor.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  const admin = await signedIn(browser, ADMIN.email, ADMIN.password, '/admin/users');
  await admin.getByLabel('Name or email').fill(email);
  await admin.getByRole('button', { name: 'Apply filters' }).click();
  await expect(admin).toHaveURL(/\/admin\/users\?q=/);
  await admin.getByRole('link', { name }).click();
  await expect(admin.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectNoAxeViolations(admin);

  await admin.getByRole('combobox', { name: 'Role' }).selectOption('member');
  await admin.getByRole('button', { name: 'Change role' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'Role changed from editor to member' })).toBeVisible();
  expect((await sql`select role from users where id = ${userId}`)[0]?.role).toBe('member');

  // The editor's tab, still showing the admin area: its next request finds the session gone.
  await editor.reload();
  await expect(editor).toHaveURL(/\/login\?callbackUrl=%2Fadmin$/);
  // Signing in again, now a member: the admin area answers 403.
  await signInHere(new LoginPage(editor), email, PASSWORD, '/admin');
  await expect(editor.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeVisible();

  await admin.goto(`/admin/audit?action=user.role&actor=${encodeURIComponent(ADMIN.email)}`);
  const row = admin.getByRole('row').filter({ has: admin.getByRole('link', { name: `user ${userId}` }) });
  await expect(row).toContainText('user.role');
  await expect(row).toContainText('editor → member');
  await expectNoAxeViolations(admin);

  await editor.context().close();
  await admin.context().close();
});

test('an admin searches users and filters them by role and status', async ({ browser }) => {
  const id = marker();
  const editorName = `Dr Filter Editor ${id}`;
  const memberName = `Dr Filter Member ${id}`;
  const pausedName = `Dr Filter Paused ${id}`;
  await insertUser({ email: `filter-editor-${id}@e2e.hidoc.local`, name: editorName, role: 'editor' });
  await insertUser({ email: `filter-member-${id}@e2e.hidoc.local`, name: memberName });
  await insertUser({ email: `filter-paused-${id}@e2e.hidoc.local`, name: pausedName, deactivated: true });

  const page = await signedIn(browser, ADMIN.email, ADMIN.password, '/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expectNoAxeViolations(page);

  const names = () => page.getByRole('table', { name: /Users/ }).getByRole('rowheader');
  await page.getByLabel('Name or email').fill(id.toUpperCase());
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(names()).toHaveText([pausedName, memberName, editorName]);

  await page.getByRole('combobox', { name: 'Role' }).selectOption('editor');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(names()).toHaveText([editorName]);

  await page.getByRole('combobox', { name: 'Role' }).selectOption('');
  await page.getByRole('combobox', { name: 'Status' }).selectOption('deactivated');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(names()).toHaveText([pausedName]);
  await expect(page.getByRole('row').filter({ hasText: pausedName })).toContainText('Deactivated');

  await page.getByLabel('Name or email').fill(`nobody-${id}`);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByText('No user matches these filters.')).toBeVisible();

  // A deactivated user's page offers reactivation, not deactivation.
  await page.goto(`/admin/users?q=${id}&status=deactivated`);
  await page.getByRole('link', { name: pausedName }).click();
  await expect(page.getByRole('button', { name: 'Reactivate account' })).toBeVisible();
  await page.getByRole('button', { name: 'Reactivate account' }).click();
  await expect(page).toHaveURL(/\?done=reactivated$/);
  await expect(page.getByRole('status').filter({ hasText: 'Account reactivated' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Deactivate account' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.context().close();
});

test('the outbox lists a message and shows its HTML part as text, never rendered', async ({ browser }) => {
  const id = marker();
  const to = `outbox-${id}@e2e.hidoc.local`;
  const subject = `Outbox check ${id}`;
  await sql`insert into mail_outbox ("to", subject, text, html, status)
            values (${to}, ${subject}, ${'Hello from the outbox test'}, ${`<p>Hello <b id="rendered-${id}">bold</b></p>`}, 'logged')`;

  const page = await signedIn(browser, ADMIN.email, ADMIN.password, '/admin/outbox');
  await expect(page.getByRole('heading', { level: 1, name: 'Mail outbox' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Recipient').fill(to);
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('table', { name: /Messages/ }).getByRole('rowheader')).toHaveText([subject]);

  await page.getByRole('link', { name: subject }).click();
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  await expect(page.getByText('Hello from the outbox test')).toBeVisible();
  await expect(page.locator('[data-mail-html]')).toHaveText(`<p>Hello <b id="rendered-${id}">bold</b></p>`);
  await expect(page.locator(`#rendered-${id}`)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.context().close();
});

test('an editor is refused the users, audit and outbox pages', async ({ browser }) => {
  const id = marker();
  const email = `editor-refused-${id}@e2e.hidoc.local`;
  await insertUser({ email, name: `Dr Editor ${id}`, role: 'editor' });
  const page = await signedIn(browser, email, PASSWORD, '/admin');
  for (const path of ['/admin/users', '/admin/audit', '/admin/outbox']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Users' })).toHaveCount(0);
  await page.context().close();
});
