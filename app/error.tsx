'use client';

import Link from 'next/link';

// Never shows the error itself: in production it carries only a digest, and the detail is in the server log.
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center sm:px-6 sm:py-24">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Something went wrong</h1>
      <p className="mt-4 text-lg text-slate-700">
        This page could not be shown just now. Please try again in a moment.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="inline-flex rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
        >
          Try again
        </button>
        <Link
          href="/"
          className="inline-flex rounded-md border border-slate-300 px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50"
        >
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
