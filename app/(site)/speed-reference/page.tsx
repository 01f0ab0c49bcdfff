import type { Metadata } from 'next';

/*
 * The bench's reference (npm run bench, lib/cli/bench.ts): a page cached as every public page
 * is, in the site's layout, that reads nothing. Next serves it at the speed of its own
 * machinery for a cached page, so each run shows how close the real pages come to it, on the
 * same machine in the same minutes. Linked from nowhere, in no sitemap, and not indexed.
 */

export const revalidate = 300;

export const metadata: Metadata = { title: 'Speed reference', robots: { index: false, follow: false } };

export default function SpeedReferencePage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Speed reference</h1>
      <p className="mt-4 text-lg text-slate-800">
        This page holds no content. The portal&apos;s benchmark measures it beside the real pages: it is cached as they are and
        shown in the same layout, but reads nothing.
      </p>
    </div>
  );
}
