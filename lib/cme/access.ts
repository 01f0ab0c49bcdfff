import type { PublishStatus, UserStatus } from '@/lib/db/schema';

/**
 * Who is asking: nobody (null), or the viewer of a live session (lib/auth's getViewer, which
 * has already checked the session row and the account's status in the database). A cookie
 * alone is never a reader: whatever a request carries, it is null until that lookup says so.
 */
export type CmeReader = { id: number; status: UserStatus; isEmailVerified: boolean } | null;

/** What the rule looks at on an activity. */
export type CmeGate = { status: PublishStatus | string };

/**
 * The one rule for a CME activity's content (its body, its video, its questions): every read
 * path (pages, the server payload, route handlers, feeds, search, the sitemap, metadata) asks
 * this, and anything it does not name is refused. Only a published activity, only to an active
 * account with a live session. Staff previews of drafts are the admin issue's, through their
 * own rule.
 */
export function canReadCmeContent(activity: CmeGate, reader: CmeReader): boolean {
  if (reader === null || reader.status !== 'active') return false;
  return activity.status === 'published';
}

/**
 * Whether the reader may start a post-test attempt now (the attempt limit is checked with the
 * attempts, in lib/cme/post-test.ts): content they may read, an email they have verified, an
 * activity not yet expired. `today` is the calendar date (YYYY-MM-DD, UTC) the check is made on.
 */
export type CmeTestRefusal = 'signed_out' | 'unverified' | 'expired';

export function cmeTestRefusal(
  activity: CmeGate & { expiryDate: string },
  reader: CmeReader,
  today: string,
): CmeTestRefusal | null {
  if (!canReadCmeContent(activity, reader)) return 'signed_out';
  if (!reader!.isEmailVerified) return 'unverified';
  if (activity.expiryDate <= today) return 'expired';
  return null;
}
