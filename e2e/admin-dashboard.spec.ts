import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import { hashPassword } from '../lib/auth/password';
import { expectNoAxeViolations } from './fixtures';
import { LoginPage } from './pages/auth-pages';

/*
 * Issue 17's dashboard and legal versions, through the built app: the dashboard's panels and
 * its chart's table; the legal pages; and a new Terms version in effect today making a signed-in
 * doctor accept it before they go on.
 *
 * The shared e2e database: a new Terms version in effect today stops every user of its entity who
 * accepted an earlier one. Users who never accepted anything are not stopped (lib/auth/sessions.ts),
 * and that is every demo account (made by the seed, not by sign-up); the specs that sign up do so in
 * India, the LLP's. So this spec versions the Inc's Terms, for a doctor of its own outside India,
 * and first checks that nobody else has accepted an Inc document (it fails saying so otherwise).
 */

const EDITOR = { email: 'editor@demo.hidoc.local', password: 'Demo-Portal-2026' };
const run = randomBytes(4).toString('hex');
const doctor = { email: `legal-gate-${run}@example.org`, password: 'Legal-Gate-E2E-2026', name: 'Dr. Lena Fischer' };

let sql: postgres.Sql;

test.beforeAll(async () => {
  sql = postgres(process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
});

test.afterAll(async () => {
  await sql.end({ timeout: 5 });
});

async function signIn(page: Page, who: { email: string; password: string }, path: string) {
  const login = new LoginPage(page);
  await login.open(`?callbackUrl=${encodeURIComponent(path)}`);
  await login.submit(who.email, who.password);
  // Signing in hashes the password and the page renders per request: give a busy machine time.
  await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`), { timeout: 20_000 });
}

test('the dashboard shows its panels and the page-view chart with its table', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, EDITOR, '/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  for (const name of ['Published', 'Drafts awaiting review', 'Page views', 'Condition articles due for review', 'CME']) {
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  // The seed's published content is counted.
  const published = page.getByRole('region', { name: 'Published' });
  await expect(published.getByText('Condition articles')).toBeVisible();
  await expect(page.getByRole('img', { name: /page views per day over the last 30 days/i })).toBeVisible();
  const table = page.getByRole('table', { name: /page views per day/i });
  await expect(table.getByRole('row')).toHaveCount(31);
  await expectNoAxeViolations(page);
});

test('the legal documents list, a version and the new-version form pass axe', async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, EDITOR, '/admin/legal');
  await expect(page.getByRole('heading', { level: 1, name: 'Legal documents' })).toBeVisible();
  for (const name of ['Terms & Conditions, Hidoc LLP (India)', 'Privacy Policy, Hidoc Inc (elsewhere)']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Version 1' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /version 1$/ })).toBeVisible();
  await expect(page.getByRole('note')).toContainText(/cannot be changed|not edited/);
  await expectNoAxeViolations(page);
  await page.goto('/admin/legal/privacy/llp/new');
  await expect(page.getByRole('heading', { level: 1, name: /New version: Privacy Policy/ })).toBeVisible();
  await expect(page.getByLabel('Takes effect on')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await expectNoAxeViolations(page);
});

test('a new Terms version in effect today makes a signed-in doctor accept it before going on', async ({ browser }) => {
  test.setTimeout(120_000);
  const others = await sql<Array<{ count: number }>>`
    select count(*)::int as count from legal_acceptances a
    join legal_documents d on d.id = a.document_id join users u on u.id = a.user_id
    where d.entity = 'inc' and u.email not like 'legal-gate-%'`;
  expect(others[0]!.count, 'another user accepted an Inc document: a new Inc version would stop them too').toBe(0);

  // A doctor outside India (the Inc's documents) who accepted what is in force now.
  const [user] = await sql<Array<{ id: number }>>`
    insert into users (email, name, password_hash, email_verified_at, profession, country)
    values (${doctor.email}, ${doctor.name}, ${await hashPassword(doctor.password)}, now(), 'doctor', 'DE') returning id`;
  await sql`
    insert into legal_acceptances (user_id, document_id)
    select ${user!.id}, id from (
      select distinct on (kind) id from legal_documents
      where entity = 'inc' and published_at <= now() and effective_date <= current_date
      order by kind, version desc) current`;

  const doctorPage = await (await browser.newContext()).newPage();
  const editorPage = await (await browser.newContext()).newPage();

  await test.step('the doctor goes about their account', async () => {
    await signIn(doctorPage, doctor, '/account');
    await expect(doctorPage.getByRole('heading', { level: 1 })).toBeVisible();
  });

  let version = 0;
  await test.step('an editor saves a new version of the Inc Terms, in effect today', async () => {
    await signIn(editorPage, EDITOR, '/admin/legal/terms/inc/new');
    version = Number((await editorPage.getByText(/^This will be version \d+/).innerText()).match(/version (\d+)/)![1]);
    await editorPage.getByLabel('Text', { exact: true }).fill(
      `## Changes since version 1\n\nWe now explain how certificates are kept (run ${run}).\n\n## Use of the portal\n\nThe portal is for healthcare professionals.`,
    );
    await editorPage.getByRole('button', { name: 'Save the new version' }).click();
    await expect(editorPage.getByRole('status').filter({ hasText: `Version ${version} of the Terms & Conditions is saved` })).toContainText('in effect now');
  });

  await test.step('the doctor is asked to accept it on their next page, and can read it first', async () => {
    await doctorPage.goto('/account/cme');
    await expect(doctorPage).toHaveURL(/\/legal\/accept\?next=%2Faccount%2Fcme$/);
    await expect(doctorPage.getByRole('heading', { level: 1, name: 'Our terms have changed' })).toBeVisible();
    await expect(doctorPage.getByText(`Version ${version}, in effect since`)).toBeVisible();
    await expectNoAxeViolations(doctorPage);
    // The legal pages stay open: the new version is on its public page at once.
    await expect(doctorPage.getByRole('main').getByRole('link', { name: /terms/i })).toHaveAttribute('href', '/legal/terms/inc');
    const reader = await doctorPage.context().newPage();
    await reader.goto('/legal/terms/inc');
    await expect(reader.getByRole('main')).toContainText(`run ${run}`);
    await reader.close();
  });

  await test.step('accepting stores the version and lets them through', async () => {
    await doctorPage.getByRole('button', { name: 'I accept' }).click();
    await expect(doctorPage).toHaveURL(/\/account\/cme$/);
    const accepted = await sql<Array<{ version: number }>>`
      select d.version from legal_acceptances a join legal_documents d on d.id = a.document_id
      where a.user_id = ${user!.id} and d.kind = 'terms' order by d.version`;
    expect(accepted.map((a) => a.version)).toEqual([version - 1, version]);
    await doctorPage.goto('/account');
    await expect(doctorPage).toHaveURL(/\/account$/);
  });
});
