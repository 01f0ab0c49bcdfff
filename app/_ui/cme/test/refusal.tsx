import Link from 'next/link';
import { VerifyEmailBanner } from '@/app/_ui/account/verify-banner';
import type { CmeTestEligibility } from '@/lib/cme/post-test';
import { DayText } from '@/app/_ui/content/meta';
import { formatAttemptTime } from '@/lib/cme/format';

type Refused = Exclude<CmeTestEligibility, { ok: true }>;

/** Why the post-test cannot be taken now, and what to do about it. */
export function TestRefusal({ refusal, slug, expiryDate, email }: { refusal: Refused; slug: string; expiryDate: string; email: string }) {
  const back = (
    <p className="mt-6">
      <Link href={`/cme/${slug}`} className="link">Back to the activity</Link>
    </p>
  );
  switch (refusal.reason) {
    case 'unverified':
      return (
        <section aria-labelledby="refusal-title" className="mt-6">
          <h2 id="refusal-title" className="text-xl font-bold text-slate-900">
            Confirm your email address to take the post-test
          </h2>
          <p className="mt-2 text-slate-700">
            CME credits are issued only to accounts with a confirmed email address. Open the link we sent you, then come back to this
            page.
          </p>
          <div className="mt-4">
            <VerifyEmailBanner email={email} />
          </div>
          {back}
        </section>
      );
    case 'expired':
      return (
        <section aria-labelledby="refusal-title" className="mt-6">
          <h2 id="refusal-title" className="text-xl font-bold text-slate-900">
            This activity has expired
          </h2>
          <p className="mt-2 text-slate-700">
            This activity expired on <DayText value={expiryDate} />; it takes no new attempts.
          </p>
          <p className="mt-2">
            <Link href="/cme" className="link">Find a current activity</Link>
          </p>
        </section>
      );
    case 'limit':
      return (
        <section aria-labelledby="refusal-title" className="mt-6">
          <h2 id="refusal-title" className="text-xl font-bold text-slate-900">
            You have used all your attempts for now
          </h2>
          <p className="mt-2 text-slate-700">
            You can try again at <time dateTime={refusal.nextAttemptAt.toISOString()}>{formatAttemptTime(refusal.nextAttemptAt)}</time>.
            Meanwhile, reading the activity again may help.
          </p>
          {back}
        </section>
      );
    default:
      return (
        <section aria-labelledby="refusal-title" className="mt-6">
          <h2 id="refusal-title" className="text-xl font-bold text-slate-900">
            Sign in to take the post-test
          </h2>
          <p className="mt-2">
            <Link href={`/login?callbackUrl=${encodeURIComponent(`/cme/${slug}/test`)}`} className="link">
              Sign in
            </Link>
          </p>
        </section>
      );
  }
}
