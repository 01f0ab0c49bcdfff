import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Sign in needed', robots: { index: false } };

// No page calls unauthorized() (protected pages redirect to /login), but with authInterrupts on
// Next puts this boundary into every page's React payload twice; without this file, its own
// unstyled 401 page (inline styles and all). One object here is sent once (see not-found.tsx).
const unauthorizedPage = (
  <div className="mx-auto max-w-2xl px-4 py-16 text-center sm:px-6 sm:py-24">
    <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">Error 401</p>
    <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Sign in to see this page</h1>
    <div className="mt-8 flex flex-wrap justify-center gap-3">
      <Link href="/login" className="inline-flex rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        Sign in
      </Link>
    </div>
  </div>
);

export default function Unauthorized() {
  return unauthorizedPage;
}
