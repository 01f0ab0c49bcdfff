import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { hashPassword } from '../lib/auth/password';
import { readPdf } from '../lib/cme/test-helpers';
import { CME_ACTIVITIES } from '../lib/db/seed-content';
import { expectNoAxeViolations } from './fixtures';
import { LoginPage } from './pages/auth-pages';
import { CmeActivityPage } from './pages/cme-pages';

/*
 * Issue 16's end-to-end journey, one doctor from the teaser to the transcript: an anonymous
 * reader sees the teaser, signs in from it and lands back on it, reads, fails the post-test
 * once, passes, fills in the evaluation, downloads the certificate, checks its code as an
 * anonymous visitor, and finds the credits in the transcript and its CSV. One test in steps:
 * each needs the state the last one left. The doctor is this run's own, so no other spec's
 * attempts count against the limit.
 */

const activity = CME_ACTIVITIES.find((a) => a.slug === 'treatment-sequencing-alk-positive-nsclc-cns-disease')!;
const run = randomBytes(4).toString('hex');
const doctor = { email: `cme-journey-${run}@example.org`, password: 'Cme-Journey-E2E-2026', name: 'Dr. Aarav Ñúñez-Iyer' };

let sql: postgres.Sql;

test.beforeAll(async () => {
  sql = postgres(process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  await sql`
    insert into users (email, name, password_hash, email_verified_at, profession, registration_number, registration_council, country)
    values (${doctor.email}, ${doctor.name}, ${await hashPassword(doctor.password)}, now(), 'doctor', 'KMC-2014-0921', 'Karnataka Medical Council', 'IN')`;
});

test.afterAll(async () => {
  await sql.end({ timeout: 5 });
});

/** The labels of each question's right option and of a wrong one, in order (the browser is never told). */
async function answerLabels(): Promise<Array<{ right: string; wrong: string }>> {
  return sql<Array<{ right: string; wrong: string }>>`
    select (select label from cme_options where question_id = q.id and is_correct limit 1) as right,
           (select label from cme_options where question_id = q.id and not is_correct order by position limit 1) as wrong
    from cme_questions q join cme_activities a on a.id = q.activity_id
    where a.slug = ${activity.slug} order by q.position`;
}

test('teaser → sign in → read → fail → pass → evaluation → certificate → verified by anyone → transcript and CSV', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const reader = new CmeActivityPage(page);

  await test.step('an anonymous reader sees the teaser, not the content', async () => {
    await reader.open(activity.slug);
    await expect(reader.heading()).toHaveText(activity.title);
    await expect(reader.objectives()).toHaveCount(activity.objectives.length);
    await reader.expectTeaserOnly();
    await expectNoAxeViolations(page);
  });

  await test.step('signs in from its call to action and lands back on it, with the content', async () => {
    await reader.signInLink().click();
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await new LoginPage(page).signIn(doctor.email, doctor.password, new RegExp(`/cme/${activity.slug}$`));
    await expect(reader.content()).toBeVisible();
    await expect(reader.progress()).toContainText('Not started');
    await expectNoAxeViolations(page);
  });

  const answers = await answerLabels();
  const answerAll = async (pick: 'right' | 'wrong') => {
    const questions = page.locator('fieldset');
    await expect(questions).toHaveCount(answers.length);
    for (const [i, answer] of answers.entries()) await questions.nth(i).getByRole('radio', { name: answer[pick], exact: true }).check();
    await page.getByRole('button', { name: 'Submit your answers' }).click();
  };

  await test.step('fails the post-test once', async () => {
    await reader.takeTestLink().click();
    await expect(page).toHaveURL(new RegExp(`/cme/${activity.slug}/test$`));
    await answerAll('wrong');
    await expect(page.getByRole('heading', { level: 2, name: 'Not passed this time' })).toBeVisible();
    await expect(page.getByText('Your score: 0 %')).toBeVisible();
  });

  await test.step('passes on the retake', async () => {
    await page.getByRole('link', { name: 'Try again' }).click();
    await answerAll('right');
    await expect(page.getByRole('heading', { level: 2, name: 'You passed' })).toBeVisible();
  });

  await test.step('fills in the evaluation, which unlocks the certificate', async () => {
    await page.getByRole('link', { name: 'Continue to the evaluation' }).click();
    await page.getByRole('group', { name: 'Was this activity relevant to your practice?' }).getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('group', { name: 'Was it free of commercial bias?' }).getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('group', { name: 'Will you change your practice because of it?' }).getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('button', { name: 'Send the evaluation' }).click();
    await expect(page.getByRole('heading', { name: 'Thank you: your certificate is ready' })).toBeVisible();
  });

  const [certificate] = await sql<Array<{ code: string }>>`
    select c.code from cme_certificates c join users u on u.id = c.user_id where u.email = ${doctor.email}`;
  const code = certificate!.code;

  await test.step('downloads the certificate: a PDF with the name and the code', async () => {
    const link = page.getByRole('link', { name: 'Download your certificate (PDF)' });
    await expect(link).toHaveAttribute('href', `/cme/certificates/${code}.pdf`);
    const pdf = await page.request.get(`/cme/certificates/${code}.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const { text } = await readPdf(await pdf.body());
    expect(text).toContain(doctor.name);
    expect(text).toContain(code);
    expect(text).toContain(activity.title);
  });

  await test.step('an anonymous visitor checks the code', async () => {
    const anonymous = await browser.newContext();
    try {
      const visitor = await anonymous.newPage();
      await visitor.goto('/cme/verify');
      await visitor.getByLabel('Certificate code').fill(code);
      await visitor.getByRole('button', { name: 'Check the certificate' }).click();
      await expect(visitor.getByText('This certificate is valid.')).toBeVisible();
      await expect(visitor.getByRole('definition').filter({ hasText: doctor.name })).toBeVisible();
      await expect(visitor.getByRole('definition').filter({ hasText: activity.title })).toBeVisible();
      await expect(visitor.getByText('KMC-2014-0921')).toHaveCount(0);
      await expectNoAxeViolations(visitor);
    } finally {
      await anonymous.close();
    }
  });

  await test.step('sees the credits in the transcript and downloads its CSV', async () => {
    await page.goto('/account/cme');
    const table = page.getByRole('table', { name: 'Passed activities' });
    const row = table.getByRole('row').filter({ hasText: activity.title });
    await expect(row).toContainText(code);
    await expect(page.getByRole('heading', { name: 'Credits per year' })).toBeVisible();
    await expect(page.getByText(`${new Date().getUTCFullYear()}`).first()).toBeVisible();
    await expectNoAxeViolations(page);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the transcript (CSV)' }).click();
    const csv = await (await download).path().then((path) => import('node:fs/promises').then((fs) => fs.readFile(path, 'utf8')));
    const line = csv.split('\r\n').find((l) => l.includes(code));
    expect(line).toContain(doctor.name);
    expect(line).toContain(activity.title);
  });
});
