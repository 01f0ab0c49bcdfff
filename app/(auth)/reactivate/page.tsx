import type { Metadata } from 'next';
import Link from 'next/link';
import { ReactivateForm } from '@/app/_ui/forms/reactivate-form';
import { env } from '@/lib/env';

// Per request, like the other sign-in pages: its strict CSP carries a per-request nonce.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Reactivate your account', robots: { index: false } };

export default function ReactivatePage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Reactivate your account</h1>
      <p className="mt-4 text-slate-800">
        Within {env.ACCOUNT_GRACE_DAYS} days of deactivating, sign in here and your account is back exactly as it was: profile,
        bookmarks and CME record. After that, or once an account is deleted, it cannot be reactivated.
      </p>
      <ReactivateForm />
      <p className="mt-8 text-sm text-slate-700">
        Forgot your password?{' '}
        <Link href="/forgot-password" className="link">
          Reset it
        </Link>{' '}
        first, then come back here.
      </p>
    </div>
  );
}
