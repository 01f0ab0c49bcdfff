import type { Metadata } from 'next';
import Link from 'next/link';
import { findPasswordResetAccount } from '@/lib/accounts/password-reset';
import { ResetPasswordForm } from './reset-password-form';

export const dynamic = 'force-dynamic';

// The token is in the address: no Referer may carry it to another site.
export const metadata: Metadata = { title: 'Set a new password', robots: { index: false }, referrer: 'no-referrer' };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // Only looked at, not used: a mail scanner that opens the link must not spend it.
  const account = await findPasswordResetAccount(token);
  return (
    <div className="mx-auto max-w-xl px-4 py-8 sm:px-6 sm:py-12">
      {account ? (
        <>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">Set a new password</h1>
          <p className="mt-3 text-lg text-slate-700">Choose a new password for your account. Every device signed in to it will be signed out.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <>
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">This link has expired or was already used</h1>
          <p className="mt-4 text-lg text-slate-700">
            A link to set a new password works once, for one hour, and only the newest one we sent works.
          </p>
          <div className="mt-8">
            <Link
              href="/forgot-password"
              className="inline-flex rounded-md bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
            >
              Ask for a new link
            </Link>
          </div>
        </>
      )}
    </div>
  );
}
