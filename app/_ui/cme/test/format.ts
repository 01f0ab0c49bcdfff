import type { CmeTestRefusal } from '@/lib/cme/access';

import { formatAttemptTime } from '@/lib/cme/format';
import { formatDate } from '@/lib/content/format';

type Refusal = { ok: false; reason: CmeTestRefusal } | { ok: false; reason: 'limit'; nextAttemptAt: Date };

/** A refusal in a sentence, for a form's message. */
export function refusalMessage(refusal: Refusal, expiryDate: string): string {
  switch (refusal.reason) {
    case 'limit':
      return `You have used all your attempts for now. You can try again at ${formatAttemptTime(refusal.nextAttemptAt)}.`;
    case 'expired':
      return `This activity expired on ${formatDate(expiryDate)}; it takes no new attempts.`;
    case 'unverified':
      return 'Confirm your email address before taking CME post-tests.';
    default:
      return 'Sign in to take the post-test.';
  }
}
