import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Database } from '@/lib/db/client';
import { cmeActivities, cmeAttempts, cmeCertificates, cmeEvaluations, cmeOptions, cmeQuestions, type CmeActivity, type NewUser } from '@/lib/db/schema';
import { insertUser } from '@/lib/accounts/test-helpers';
import type { CmeReader } from './access';
import { newCertificateCode } from './certificate-code';

/** In every fixture explanation: a word the test page must never send. */
export const EXPLANATION_MARKER = 'Zanzibarexplain';

export type FixtureQuestion = { id: number; correctOptionId: number; wrongOptionId: number; optionIds: number[] };

let counter = 0;

/**
 * A CME activity for a test: published, current (expires in a year) unless `row` says
 * otherwise, with `questionCount` questions of three options each (the second is right).
 * Options are inserted in reverse position order, so a test can tell that reads sort them.
 */
export async function insertActivity(
  db: Database,
  row: Partial<typeof cmeActivities.$inferInsert> = {},
  questionCount = 5,
): Promise<CmeActivity & { questions: FixtureQuestion[] }> {
  counter += 1;
  const slug = row.slug ?? `test-activity-${process.pid}-${counter}`;
  const today = new Date();
  const [activity] = await db
    .insert(cmeActivities)
    .values({
      slug,
      title: `Test activity ${counter}`,
      summary: 'A test activity.',
      body: 'The body.',
      credits: '1.50',
      accreditationStatement: 'Accredited for tests.',
      releaseDate: new Date(today.getTime() - 30 * 86_400_000).toISOString().slice(0, 10),
      expiryDate: new Date(today.getTime() + 365 * 86_400_000).toISOString().slice(0, 10),
      status: 'published',
      publishedAt: new Date(today.getTime() - 86_400_000),
      ...row,
    })
    .returning();
  const questions: FixtureQuestion[] = [];
  for (let position = 1; position <= questionCount; position++) {
    const [question] = await db
      .insert(cmeQuestions)
      .values({
        activityId: activity!.id,
        position,
        prompt: `Question ${position} of ${slug}?`,
        explanation: `${EXPLANATION_MARKER} ${position}: because the second option is right.`,
      })
      .returning({ id: cmeQuestions.id });
    const options = await db
      .insert(cmeOptions)
      .values([3, 2, 1].map((p) => ({ questionId: question!.id, position: p, label: `Option ${p} of question ${position}`, isCorrect: p === 2 })))
      .returning({ id: cmeOptions.id, position: cmeOptions.position });
    const byPosition = (p: number) => options.find((o) => o.position === p)!.id;
    questions.push({ id: question!.id, correctOptionId: byPosition(2), wrongOptionId: byPosition(1), optionIds: [1, 2, 3].map(byPosition) });
  }
  return { ...activity!, questions };
}

/** A signed-in reader as lib/auth's getViewer would give: active, verified unless `row` says otherwise. */
export async function insertReader(db: Database, row: Partial<NewUser> = {}): Promise<NonNullable<CmeReader> & { email: string }> {
  counter += 1;
  const user = await insertUser(db, { email: `reader-${process.pid}-${counter}@example.org`, emailVerifiedAt: new Date(), ...row });
  const isEmailVerified = row.emailVerifiedAt === undefined ? true : row.emailVerifiedAt !== null;
  return { id: user.id, status: row.status ?? 'active', isEmailVerified, email: user.email };
}

/** Answers: `rightCount` questions right, the rest wrong. */
export function answersFor(questions: FixtureQuestion[], rightCount: number): Record<string, number> {
  return Object.fromEntries(questions.map((q, i) => [String(q.id), i < rightCount ? q.correctOptionId : q.wrongOptionId]));
}

/** What a PDF says, as a reader's text extraction gets it: its pages' text, its title and page count. */
export async function readPdf(bytes: Uint8Array): Promise<{ text: string; title: string | null; pages: number; pageSize: [number, number] }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  let pageSize: [number, number] = [0, 0];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    if (n === 1) pageSize = [page.view[2]!, page.view[3]!];
    const content = await page.getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
  const pages = pdf.numPages;
  await pdf.destroy();
  return { text: parts.join('\n'), title: info.Title ?? null, pages, pageSize };
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };

/**
 * The ActualText of every marked span in a PDF's content streams (pdf.js reads glyphs and
 * ignores it): what copying, search and screen readers get for text whose glyphs are in
 * visual order.
 */
export function pdfActualTexts(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const texts: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const span of content.matchAll(/\/ActualText \(((?:\\[\s\S]|[^\\)])*)\)/g)) {
      const out: number[] = [];
      const literal = span[1]!;
      for (let i = 0; i < literal.length; i++) {
        const c = literal[i]!;
        if (c !== '\\') out.push(c.charCodeAt(0));
        else {
          const next = literal[++i]!;
          out.push(ESCAPES[next] ?? next.charCodeAt(0));
        }
      }
      const buffer = Buffer.from(out);
      const isUtf16 = buffer[0] === 0xfe && buffer[1] === 0xff;
      texts.push(isUtf16 ? Buffer.from(buffer.subarray(2)).swap16().toString('utf16le') : buffer.toString('latin1'));
    }
  }
  return texts;
}

/**
 * A passed attempt and its certificate (what submitAttempt writes on a pass), and the
 * evaluation unless `evaluated` is false.
 */
export async function insertCertificate(
  db: Database,
  userId: number,
  activity: { id: number; credits: string },
  options: { evaluated?: boolean; issuedAt?: Date; code?: string } = {},
) {
  const [attempt] = await db
    .insert(cmeAttempts)
    .values({ userId, activityId: activity.id, answers: {}, scorePercent: 100, isPassed: true, submittedAt: options.issuedAt })
    .returning({ id: cmeAttempts.id });
  const [certificate] = await db
    .insert(cmeCertificates)
    .values({ userId, activityId: activity.id, attemptId: attempt!.id, code: options.code ?? newCertificateCode(), credits: activity.credits, issuedAt: options.issuedAt })
    .returning();
  if (options.evaluated !== false) {
    await db.insert(cmeEvaluations).values({ certificateId: certificate!.id, activityId: activity.id, isRelevant: true, isFreeOfBias: true, practiceChange: 'yes' });
  }
  return certificate!;
}

export async function insertDoctor(db: Database, values: Partial<NewUser> & { email: string }) {
  return insertUser(db, { emailVerifiedAt: new Date(), profession: 'doctor', ...values });
}
