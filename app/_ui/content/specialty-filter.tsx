import Link from 'next/link';
import { filterHref } from '@/lib/content/pagination';

export type SpecialtyOption = { slug: string; name: string; count?: number };

/**
 * Plain links, one per specialty, so the filter works without JavaScript and the cached
 * first page can show it too. A filtered list lives at `/<section>/page/1?specialty=…` (or
 * where specialtyHref says: CME's are paths of their own); the active filter is named and can
 * be removed.
 */
export function SpecialtyFilter({
  basePath,
  options,
  active,
  noun,
  specialtyHref = (slug) => filterHref(basePath, slug),
}: {
  /** The section's first page, e.g. "/news". */
  basePath: string;
  options: SpecialtyOption[];
  active: { slug: string; name: string } | null;
  /** What the list holds, lower case: "news", "articles". */
  noun: string;
  /** A specialty's filtered list; by default `/<section>/page/1?specialty=…`. */
  specialtyHref?: (slug: string) => string;
}) {
  const chip = 'inline-flex min-h-10 items-center rounded-full border px-3 text-sm';
  const idle = `${chip} border-slate-300 bg-white text-slate-800 hover:border-brand-700 hover:text-brand-800`;
  const current = `${chip} border-brand-800 bg-brand-800 font-semibold text-white`;
  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50 p-4">
      {active ? (
        <p className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-800">
          <span>
            Showing {noun} in <strong>{active.name}</strong>
          </span>
          <Link href={basePath} className="link text-sm">
            Remove filter<span className="sr-only">: {active.name}</span>
            <span aria-hidden="true"> ×</span>
          </Link>
        </p>
      ) : null}
      <nav aria-label="Filter by specialty">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href={basePath} className={active ? idle : current} aria-current={active ? undefined : 'page'}>
              All specialties
            </Link>
          </li>
          {options.map((option) => {
            const isActive = active?.slug === option.slug;
            return (
              <li key={option.slug}>
                <Link
                  href={specialtyHref(option.slug)}
                  className={isActive ? current : idle}
                  aria-current={isActive ? 'page' : undefined}
                >
                  {option.name}
                  {option.count !== undefined ? (
                    <span className={`ml-1.5 ${isActive ? 'text-white' : 'text-slate-600'}`}>
                      <span className="sr-only">, </span>({option.count})
                    </span>
                  ) : null}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
