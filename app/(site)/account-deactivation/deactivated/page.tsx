import type { Metadata } from 'next';
import Link from 'next/link';
import { env } from '@/lib/env';

/*
 * Where /account/deactivate lands: public and the same for everyone (the user has just been
 * signed out), so it is cached like any other page and says nothing about the account.
 */

export const metadata: Metadata = { title: 'Your account is deactivated', robots: { index: false } };

export default function DeactivatedPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Your account is deactivated</h1>
      <p className="mt-4 text-lg text-slate-800">
        You have been signed out on every device, and we have sent a confirmation to your email address.
      </p>
      <p className="mt-4 text-slate-800">
        Changed your mind? Within {env.ACCOUNT_GRACE_DAYS} days you can{' '}
        <Link href="/reactivate" className="link">
          reactivate your account
        </Link>{' '}
        with your email and password, and everything is as it was. After that your personal data is erased.
      </p>
      <p className="mt-6">
        <Link href="/" className="link">
          Back to the home page
        </Link>
      </p>
    </div>
  );
}
