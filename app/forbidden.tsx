import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Not allowed', robots: { index: false } };

// One object at module level, so the copy Next sends twice with every page is sent once (see not-found.tsx).
const forbiddenPage = (
  <div className="mx-auto max-w-2xl px-4 py-16 text-center sm:px-6 sm:py-24">
    <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">Error 403</p>
    <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">You do not have access to this page</h1>
    <p className="mt-4 text-lg text-slate-700">
      This part of the portal is for its editorial staff. If you should have access, ask an administrator to change your role.
    </p>
    <div className="mt-8 flex flex-wrap justify-center gap-3">
      <Link href="/" className="inline-flex rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        Go to the home page
      </Link>
      <Link href="/account" className="inline-flex rounded-md border border-slate-300 px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50">
        Your account
      </Link>
    </div>
  </div>
);

/** What forbidden() answers (status 403): a signed-in user whose role does not open the page. */
export default function Forbidden() {
  return forbiddenPage;
}
