import type { Metadata } from 'next';
import Link from 'next/link';

/* Where "Delete my account now" lands: public, the user is signed out by then. */

export const metadata: Metadata = { title: 'Your account is deleted', robots: { index: false } };

export default function DeletedPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Your account is deleted</h1>
      <p className="mt-4 text-lg text-slate-800">
        You have been signed out on every device. Your personal data is erased within the hour, and we have sent a confirmation to
        your email address.
      </p>
      <p className="mt-4 text-slate-800">
        CME certificates you earned stay verifiable by their code. You are welcome to{' '}
        <Link href="/register" className="link">
          sign up again
        </Link>{' '}
        with the same address whenever you like.
      </p>
      <p className="mt-6">
        <Link href="/" className="link">
          Back to the home page
        </Link>
      </p>
    </div>
  );
}
