import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

// Next puts this boundary into every page's React payload twice (for the root layout and again
// for the first route group, `(site)` or `(auth)`), though it shows only on a 404. Made once at
// module level, the second copy is the same object, which React sends as a reference to the first.
const notFoundPage = (
  <div className="mx-auto max-w-2xl px-4 py-16 text-center sm:px-6 sm:py-24">
    <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">Error 404</p>
    <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Page not found</h1>
    <p className="mt-4 text-lg text-slate-700">
      We could not find the page you asked for. It may have moved, or the address may be mistyped.
    </p>
    <div className="mt-8 flex flex-wrap justify-center gap-3">
      <Link href="/" className="inline-flex rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        Go to the home page
      </Link>
      <Link
        href="/search"
        className="inline-flex rounded-md border border-slate-300 px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50"
      >
        Search the portal
      </Link>
    </div>
  </div>
);

export default function NotFound() {
  return notFoundPage;
}
