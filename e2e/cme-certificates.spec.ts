import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import postgres from 'postgres';
import { hashPassword } from '../lib/auth/password';
import { newCertificateCode } from '../lib/cme/certificate-code';
import { expectNoAxeViolations } from './fixtures';
import { DEMO_DOCTOR, signInByScript } from './pages/auth-pages';

/*
 * Issue 16's certificates and transcript, against the demo doctor. The seed gives the doctor
 * one passed and evaluated activity; on a database seeded before that landed, the same is
 * put in here (a published fixture activity, a passed attempt, its certificate and evaluation).
 * A second doctor made here holds a certificate for an activity with a hostile title (for the
 * CSV) and is the "someone else" who must not get the demo doctor's PDF.
 */

// One worker, one set-up: the fixture rows below are made once.
test.describe.configure({ mode: 'serial' });

let sql: postgres.Sql;
let doctorCode = '';
let doctorActivityTitle = '';
const other = { email: `e2e-cme-${randomBytes(4).toString('hex')}@example.org`, password: 'Cme-Certificates-E2E-2026', id: 0, code: '' };
const HOSTILE_TITLE = '=HYPERLINK("http://evil.example","Claim your credits")';

test.beforeAll(async () => {
  sql = postgres(process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const [doctor] = await sql<Array<{ id: number }>>`select id from users where email = ${DEMO_DOCTOR.email}`;
  // The seed's demo pass (lib/db/seed.ts): an evaluated certificate of the demo doctor's.
  const [held] = await sql<Array<{ code: string; title: string }>>`
    select c.code, a.title from cme_certificates c
    join cme_activities a on a.id = c.activity_id
    join cme_evaluations e on e.certificate_id = c.id
    where c.user_id = ${doctor!.id} order by c.issued_at limit 1`;
  if (!held) throw new Error('The e2e database has no demo CME pass: seed it with `npm run seed -- --demo`.');
  doctorCode = held.code;
  doctorActivityTitle = held.title;

  const [user] = await sql<Array<{ id: number }>>`
    insert into users (email, name, password_hash, email_verified_at, profession)
    values (${other.email}, '@Dr. Other Hostile', ${await hashPassword(other.password)}, now(), 'doctor') returning id`;
  other.id = user!.id;
  const [activity] = await sql<Array<{ id: number }>>`
    insert into cme_activities (slug, title, summary, body, credits, accreditation_statement, release_date, expiry_date, status)
    values (${`e2e-hostile-${other.id}`}, ${HOSTILE_TITLE}, 'S.', 'B.', '0.50', 'A.', current_date - 30, current_date + 300, 'draft') returning id`;
  const [certificate] = await sql<Array<{ id: number; code: string }>>`
    insert into cme_certificates (user_id, activity_id, code, credits) values (${other.id}, ${activity!.id}, ${newCertificateCode()}, '0.50') returning id, code`;
  await sql`insert into cme_evaluations (certificate_id, activity_id, is_relevant, is_free_of_bias, practice_change)
            values (${certificate!.id}, ${activity!.id}, true, false, 'no')`;
  other.code = certificate!.code;
});

test.afterAll(async () => {
  if (other.id) {
    await sql`delete from cme_certificates where user_id = ${other.id}`;
    await sql`delete from cme_activities where slug = ${`e2e-hostile-${other.id}`}`;
    await sql`delete from users where id = ${other.id}`;
  }
  await sql.end({ timeout: 5 });
});

async function signedIn(request: APIRequestContext, email: string, password: string) {
  const { sessionCookie } = await signInByScript(request, email, password);
  expect(sessionCookie).not.toBeNull();
}

test('the doctor reads the transcript, downloads its CSV and opens the certificate PDF', async ({ page }) => {
  await signedIn(page.request, DEMO_DOCTOR.email, DEMO_DOCTOR.password);
  await page.goto('/account/cme');
  await expect(page.getByRole('heading', { level: 1, name: 'CME transcript' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'CME' })).toHaveAttribute('aria-current', 'page');
  const table = page.getByRole('table', { name: 'Passed activities' });
  await expect(table.getByRole('rowheader', { name: doctorActivityTitle })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Credits per year' })).toBeVisible();
  await expectNoAxeViolations(page);
  // On a phone the table fits: the PDF link is on screen, the page does not scroll sideways.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expect(table.getByRole('link', { name: `PDF certificate for ${doctorActivityTitle}` })).toBeInViewport();
  await page.setViewportSize({ width: 1280, height: 800 });

  const csv = await page.request.get('/account/cme/transcript.csv');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-disposition']).toMatch(/^attachment; filename="cme-transcript-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(csv.headers()['cache-control']).toContain('no-store');
  const text = (await csv.text()).replace(/^\uFEFF/, '');
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('Holder,Registration number,Council,Activity,Credits,Date of issue,Verification code,Verification address');
  expect(lines.find((line) => line.includes(doctorCode))).toContain(DEMO_DOCTOR.name);

  const pdfLink = table.getByRole('link', { name: `PDF certificate for ${doctorActivityTitle}` });
  await expect(pdfLink).toHaveAttribute('href', `/cme/certificates/${doctorCode}.pdf`);
  const pdf = await page.request.get(`/cme/certificates/${doctorCode}.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(pdf.headers()['cache-control']).toBe('private, no-store');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('a hostile activity title and name reach the CSV as text, never as a formula', async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  try {
    await signedIn(request, other.email, other.password);
    const text = (await (await request.get('/account/cme/transcript.csv')).text()).replace(/^\uFEFF/, '');
    const row = text.split('\r\n')[1]!;
    expect(row.startsWith(`'@Dr. Other Hostile,,,"'=HYPERLINK(""http://evil.example"",""Claim your credits"")",0.50,`)).toBe(true);
  } finally {
    await request.dispose();
  }
});

test("another doctor, and an anonymous visitor, get a 404 for the doctor's PDF", async ({ playwright, baseURL }) => {
  const stranger = await playwright.request.newContext({ baseURL });
  const anonymous = await playwright.request.newContext({ baseURL });
  try {
    await signedIn(stranger, other.email, other.password);
    const unknown = await stranger.get('/cme/certificates/HDC-ZZZZ-ZZZZ-ZZZZ-ZZZZ.pdf', { maxRedirects: 0 });
    const theirs = await stranger.get(`/cme/certificates/${doctorCode}.pdf`, { maxRedirects: 0 });
    const anon = await anonymous.get(`/cme/certificates/${doctorCode}.pdf`, { maxRedirects: 0 });
    for (const response of [unknown, theirs, anon]) {
      expect(response.status()).toBe(404);
      expect(response.headers()['content-type']).not.toContain('application/pdf');
    }
    expect(await theirs.text()).toBe(await unknown.text());
    expect(await anon.text()).toBe(await unknown.text());
    // Their own is theirs.
    expect((await stranger.get(`/cme/certificates/${other.code}.pdf`)).status()).toBe(200);
  } finally {
    await stranger.dispose();
    await anonymous.dispose();
  }
});

test("an anonymous visitor checks the doctor's code, typed loosely, and an unknown one", async ({ page }) => {
  await page.goto('/cme/verify');
  await expect(page.getByRole('heading', { level: 1, name: 'Check a CME certificate' })).toBeVisible();
  await expectNoAxeViolations(page);

  const field = page.getByLabel('Certificate code');
  await field.fill('not a code');
  await page.getByRole('button', { name: 'Check the certificate' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/not a certificate code/);
  await expect(field).toHaveValue('not a code');
  await expectNoAxeViolations(page);

  await field.fill(doctorCode.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Check the certificate' }).click();
  await expect(page).toHaveURL(new RegExp(`/cme/verify/${doctorCode}$`));
  await expect(page.getByText('This certificate is valid.')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: DEMO_DOCTOR.name })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: doctorActivityTitle })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.getByText(DEMO_DOCTOR.email)).toHaveCount(0);
  await expectNoAxeViolations(page);

  const response = await page.goto('/cme/verify/HDC-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
  expect(response!.headers()['cache-control']).toContain('no-store');
  await expect(page.getByText('No certificate has this code.')).toBeVisible();
  await expectNoAxeViolations(page);
});
