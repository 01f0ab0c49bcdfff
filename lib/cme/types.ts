/*
 * The CME domain's words for app/ (which never imports lib/db). Client-safe: no database,
 * no server-only code. Functions that return these live beside this file:
 *   activities.ts   list, teaser, full content and progress      (reading)
 *   post-test.ts    questions without answers, scoring, attempts, the evaluation
 *   certificates.ts the owner's certificate, public verification
 *   certificate-pdf.ts  the PDF
 *   transcript.ts   the transcript and its CSV
 *   summary.ts      staff reading: attempts, pass rate, evaluation answers per activity
 */
import type { SpecialtyRef } from '@/lib/content/specialties';
export { CME_FORMATS, PRACTICE_CHANGES, type CmeFormat, type Faculty, type PracticeChange } from '@/lib/db/schema';
import type { CmeFormat, Faculty } from '@/lib/db/schema';

/** A row of /cme. Dates are calendar dates, YYYY-MM-DD. */
export type CmeListItem = {
  slug: string;
  title: string;
  summary: string;
  specialty: SpecialtyRef | null;
  format: CmeFormat;
  /** Decimal as written, e.g. "1.50". */
  credits: string;
  releaseDate: string;
  expiryDate: string;
};

/** Everything anyone may see of an activity: the cached teaser. Never the body, video or questions. */
export type CmeTeaser = CmeListItem & {
  objectives: string[];
  accreditationStatement: string;
  faculty: Faculty[];
  passMark: number;
  questionCount: number;
  isExpired: boolean;
};

/** What a signed-in reader with a live session gets on top of the teaser. */
export type CmeContent = CmeTeaser & {
  /** Sanitized HTML rendered from the markdown body (lib/content/markdown.ts). */
  bodyHtml: string;
  videoUrl: string | null;
};

export type CmeProgressState = 'not_started' | 'in_progress' | 'passed';

export type CmeProgress = {
  state: CmeProgressState;
  attemptsInWindow: number;
  maxAttempts: number;
  /** When the next attempt is allowed if the limit is used up now, else null. */
  nextAttemptAt: Date | null;
  /** Set once passed. */
  certificateCode: string | null;
  /** Passed and the evaluation filled in: the certificate is ready. */
  isEvaluated: boolean;
};

/** A post-test question as the test page sends it: never which option is right. */
export type CmeTestQuestion = { id: number; position: number; prompt: string; options: Array<{ id: number; label: string }> };

/** One question of a submitted attempt, as its result page shows it. */
export type CmeMarkedQuestion = CmeTestQuestion & {
  chosenOptionId: number | null;
  correctOptionId: number;
  isCorrect: boolean;
  explanation: string;
};

export type CmeAttemptResult = {
  attemptId: number;
  activitySlug: string;
  activityTitle: string;
  scorePercent: number;
  passMark: number;
  isPassed: boolean;
  submittedAt: Date;
  questions: CmeMarkedQuestion[];
  /** The certificate this pass issued (or the one an earlier pass did). */
  certificateCode: string | null;
};

/** What a certificate says, for its PDF and the owner's pages. */
export type CmeCertificateView = {
  code: string;
  holderName: string;
  registrationNumber: string | null;
  registrationCouncil: string | null;
  activityTitle: string;
  activitySlug: string;
  credits: string;
  accreditationStatement: string;
  issuedAt: Date;
  /** The absolute address of /cme/verify/[code], for the QR code. */
  verifyUrl: string;
};

/** What /cme/verify/[code] may tell anyone, and nothing else. */
export type CmeVerification =
  | { state: 'valid'; holderName: string | null; isAccountDeleted: boolean; activityTitle: string; credits: string; issuedAt: Date }
  | { state: 'unknown' }
  | { state: 'rate_limited'; retryAt: Date };
