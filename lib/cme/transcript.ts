import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { db } from '@/lib/db/client';
import { cmeActivities, cmeCertificates, cmeEvaluations, users } from '@/lib/db/schema';
import { certificateVerifyUrl } from './certificates';

export type TranscriptEntry = {
  activityTitle: string;
  activitySlug: string;
  /** Decimal as stored, e.g. "1.50". */
  credits: string;
  issuedAt: Date;
  code: string;
  /** The evaluation is filled in: the certificate's PDF is ready. */
  isEvaluated: boolean;
};

export type Transcript = {
  /** Newest first. */
  entries: TranscriptEntry[];
  /** Total credits per calendar year of issue (UTC, the date the certificate prints), newest year first. */
  creditsByYear: Array<{ year: number; credits: string }>;
};

/**
 * A doctor's passed activities: one per certificate. The credits are the certificate's (what
 * the activity was worth when passed), summed by PostgreSQL as numeric, never as floats.
 */
export async function getTranscript(userId: number): Promise<Transcript> {
  const year = sql<number>`extract(year from ${cmeCertificates.issuedAt} at time zone 'UTC')::int`;
  const [entries, years] = await Promise.all([
    db
      .select({
        activityTitle: cmeActivities.title,
        activitySlug: cmeActivities.slug,
        credits: cmeCertificates.credits,
        issuedAt: cmeCertificates.issuedAt,
        code: cmeCertificates.code,
        isEvaluated: sql<boolean>`${cmeEvaluations.id} is not null`,
      })
      .from(cmeCertificates)
      .innerJoin(cmeActivities, eq(cmeActivities.id, cmeCertificates.activityId))
      .leftJoin(cmeEvaluations, eq(cmeEvaluations.certificateId, cmeCertificates.id))
      .where(eq(cmeCertificates.userId, userId))
      .orderBy(desc(cmeCertificates.issuedAt), desc(cmeCertificates.id)),
    db
      .select({ year, credits: sql<string>`sum(${cmeCertificates.credits})::text` })
      .from(cmeCertificates)
      .where(eq(cmeCertificates.userId, userId))
      .groupBy(year)
      .orderBy(desc(year)),
  ]);
  return { entries, creditsByYear: years.map((row) => ({ year: Number(row.year), credits: row.credits })) };
}

/*
 * CSV (RFC 4180): comma separated, CRLF line ends, a field quoted when it holds a comma, a
 * quote or a line break, quotes doubled. A spreadsheet runs a cell that starts with =, +, -
 * or @ (and, in some, a tab or carriage return) as a formula: such a cell starts with a
 * single quote instead, which shows it as text (OWASP's advice for CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(cells: string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const TRANSCRIPT_CSV_HEADER = ['Holder', 'Registration number', 'Council', 'Activity', 'Credits', 'Date of issue', 'Verification code', 'Verification address'];

/**
 * The transcript as a spreadsheet: one row per certificate, the holder's name and registration
 * on each (a row copied elsewhere still says whose it is), the date as ISO (YYYY-MM-DD, UTC).
 */
export function transcriptCsv(
  transcript: Transcript,
  holder: { name: string; registrationNumber: string | null; registrationCouncil: string | null },
  verifyUrl: (code: string) => string = certificateVerifyUrl,
): string {
  return (
    csvRow(TRANSCRIPT_CSV_HEADER) +
    transcript.entries
      .map((entry) =>
        csvRow([
          holder.name,
          holder.registrationNumber ?? '',
          holder.registrationCouncil ?? '',
          entry.activityTitle,
          entry.credits,
          entry.issuedAt.toISOString().slice(0, 10),
          entry.code,
          verifyUrl(entry.code),
        ]),
      )
      .join('')
  );
}

/** The signed-in doctor's transcript as CSV, with their name and registration as the account has them now. */
export async function buildTranscriptCsv(userId: number): Promise<string | null> {
  const [holder] = await db
    .select({ name: users.name, registrationNumber: users.registrationNumber, registrationCouncil: users.registrationCouncil })
    .from(users)
    .where(eq(users.id, userId));
  if (!holder) return null;
  return transcriptCsv(await getTranscript(userId), holder);
}
