/*
 * CME's numbers and times as a person reads them. Dates of issue and expiry are plain days:
 * formatDate in lib/content/format.ts (UTC, "29 November 2026").
 */

/**
 * Credits as a person reads them: the stored decimal ("1.50", numeric(4,2)) without trailing
 * zeros ("1.5", "2"). Works on the text, never through a float.
 */
export function formatCredits(credits: string): string {
  if (!credits.includes('.')) return credits;
  return credits.replace(/0+$/, '').replace(/\.$/, '');
}

/** "1.50 credits", "1 credit": the credits as given, with the right noun. */
export function creditsLabel(credits: string): string {
  return `${credits} ${Number(credits) === 1 ? 'credit' : 'credits'}`;
}

const ATTEMPT_TIME = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/**
 * When the next post-test attempt is allowed: "Monday 30 November 2026 at 09:15 UTC". The
 * server does not know the reader's time zone, so the time says its own.
 */
export function formatAttemptTime(time: Date): string {
  // Built from parts: ICU versions differ in the commas and words between them.
  const parts = ATTEMPT_TIME.formatToParts(time);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')} at ${part('hour')}:${part('minute')} UTC`;
}
