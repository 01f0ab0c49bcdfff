'use client';

import './globals.css';

// Replaces the root layout when that layout itself fails, so it brings its own document.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>Something went wrong</title>
        <main className="mx-auto max-w-2xl px-4 py-16 text-center sm:px-6 sm:py-24">
          <h1 className="text-3xl font-bold tracking-tight text-slate-900">Something went wrong</h1>
          <p className="mt-4 text-lg text-slate-700">The portal could not be shown just now. Please try again in a moment.</p>
          <p className="mt-8">
            <button
              type="button"
              onClick={() => retry()}
              className="inline-flex rounded-md bg-teal-800 px-4 py-2 font-semibold text-white hover:bg-teal-900"
            >
              Try again
            </button>
          </p>
        </main>
      </body>
    </html>
  );
}
