import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Database } from '@/lib/db/client';
import { cmeActivities, cmeAttempts, cmeCertificates, cmeEvaluations, type NewUser } from '@/lib/db/schema';
import { insertUser } from '@/lib/accounts/test-helpers';
import { newCertificateCode } from './certificate-code';

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

let activityNumber = 0;

/** A published activity, as the seed or the admin screens would make it. */
export async function insertActivity(db: Database, values: Partial<typeof cmeActivities.$inferInsert> = {}) {
  activityNumber++;
  const [row] = await db
    .insert(cmeActivities)
    .values({
      slug: `activity-${activityNumber}-${Date.now()}`,
      title: `Activity ${activityNumber}`,
      summary: 'A summary.',
      body: 'The body.',
      credits: '1.50',
      accreditationStatement: 'Designated for a maximum of 1.5 credits.',
      releaseDate: '2026-01-01',
      expiryDate: '2027-12-31',
      status: 'published',
      ...values,
    })
    .returning();
  return row!;
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
