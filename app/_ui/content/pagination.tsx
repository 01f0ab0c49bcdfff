import Link from 'next/link';
import { pageHref, pageNumbers } from '@/lib/content/pagination';

/**
 * Numbered page links for a list. Every link carries the first page's snapshot (`asOf`),
 * so the pages a reader walks through agree with each other; page 1 without a filter is
 * the section's cached first page.
 */
export function Pagination({
  basePath,
  page,
  totalPages,
  asOf,
  specialty = null,
}: {
  /** The section's first page, e.g. "/news". */
  basePath: string;
  page: number;
  totalPages: number;
  asOf: Date | string;
  specialty?: string | null;
}) {
  return <PageLinks page={page} totalPages={totalPages} href={(n) => pageHref(basePath, n, { asOf, specialty })} />;
}

/**
 * Previous, numbered and Next links: the one pagination control of the site, for lists and
 * search alike, each giving its own address of page n. Renders nothing for a single page.
 */
export function PageLinks({
  page,
  totalPages,
  href,
  prefetch,
}: {
  page: number;
  totalPages: number;
  href: (page: number) => string;
  /** False where each page costs a query (search): no prefetching of every number. */
  prefetch?: boolean;
}) {
  if (totalPages <= 1) return null;
  const stepClass =
    'inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 font-semibold text-brand-800 hover:bg-brand-50';
  return (
    <nav aria-label="Pagination" className="mt-8 flex flex-wrap items-center justify-between gap-2 text-sm sm:justify-center">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className={stepClass} prefetch={prefetch}>
          <span aria-hidden="true">‹&nbsp;</span>Previous
        </Link>
      ) : null}
      {/* On a phone the numbers take a row of their own under Previous and Next. */}
      <ol className="order-last flex w-full flex-wrap items-center justify-center gap-1 sm:order-none sm:w-auto">
        {pageNumbers(page, totalPages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-600">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span
                  aria-current="page"
                  className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md bg-brand-800 px-2 font-bold text-white"
                >
                  <span className="sr-only">Page </span>
                  {n}
                </span>
              ) : (
                <Link
                  href={href(n)}
                  prefetch={prefetch}
                  className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-2 font-semibold text-brand-800 hover:bg-brand-50"
                >
                  <span className="sr-only">Page </span>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
      </ol>
      {page < totalPages ? (
        <Link href={href(page + 1)} rel="next" className={`${stepClass} ml-auto sm:ml-0`} prefetch={prefetch}>
          Next<span aria-hidden="true">&nbsp;›</span>
        </Link>
      ) : null}
    </nav>
  );
}
