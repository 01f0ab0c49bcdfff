import type { Metadata } from 'next';
import Link from 'next/link';
import { verifyEmail } from '@/lib/accounts/verification';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Confirm your email address', robots: { index: false }, referrer: 'no-referrer' };

/**
 * Opening the link confirms the address: a mail scanner that fetches it first proves no less
 * than its owner would (the message reached the address), so no extra click is asked for.
 */
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const verified = await verifyEmail(token);
  return (
    <div className="mx-auto max-w-2xl px-4 py-8 sm:px-6 sm:py-12">
      {verified ? (
        <>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">Your email address is confirmed</h1>
          <p className="mt-4 text-lg text-slate-700">Thank you. Your account is ready, CME tests included.</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/account" className="inline-flex rounded-md bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white">
              Go to your account
            </Link>
            <Link href="/" className="inline-flex rounded-md border border-slate-300 px-4 py-2 font-semibold text-slate-800 no-underline hover:bg-slate-50">
              Go to the home page
            </Link>
          </div>
        </>
      ) : (
        <>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">This link has expired or was already used</h1>
          <p className="mt-4 text-lg text-slate-700">
            A confirmation link works once, for 24 hours, and only the newest one we sent works. If you have confirmed your
            address already, there is nothing more to do.
          </p>
          <p className="mt-4 text-lg text-slate-700">
            To get a new link, sign in: your account page has a button to send it again.
          </p>
          <div className="mt-8">
            <Link
              href="/login?callbackUrl=%2Faccount"
              className="inline-flex rounded-md bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
            >
              Sign in to get a new link
            </Link>
          </div>
        </>
      )}
    </div>
  );
}
