import type { CmeTestRefusal } from '@/lib/cme/access';

/*
 * Dates and times on the post-test pages. The server does not know the reader's time zone, so
 * times say theirs: UTC, written out.
 */

const TIME = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "Monday 30 November 2026 at 09:15 UTC" */
export function formatAttemptTime(time: Date): string {
  // Built from parts: ICU versions differ in the commas and words between them.
  const part = (type: Intl.DateTimeFormatPartTypes) => TIME.formatToParts(time).find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')} at ${part('hour')}:${part('minute')} UTC`;
}

/** A calendar date (YYYY-MM-DD) as "1 January 2027". */
export function formatCalendarDate(date: string): string {
  return DAY.format(new Date(`${date}T00:00:00Z`));
}

type Refusal = { ok: false; reason: CmeTestRefusal } | { ok: false; reason: 'limit'; nextAttemptAt: Date };

/** A refusal in a sentence, for a form's message. */
export function refusalMessage(refusal: Refusal, expiryDate: string): string {
  switch (refusal.reason) {
    case 'limit':
      return `You have used all your attempts for now. You can try again at ${formatAttemptTime(refusal.nextAttemptAt)}.`;
    case 'expired':
      return `This activity expired on ${formatCalendarDate(expiryDate)}; it takes no new attempts.`;
    case 'unverified':
      return 'Confirm your email address before taking CME post-tests.';
    default:
      return 'Sign in to take the post-test.';
  }
}
