import Link from 'next/link';
import { cmeListHref } from './paths';

export type CmeSpecialtyOption = { slug: string; name: string; count: number };

/**
 * One link per specialty that has activities in this tab, like the other lists' filter, but
 * to a path (/cme/specialty/oncology) so a filtered list is a cached page too.
 */
export function CmeSpecialtyFilter({
  archive,
  options,
  active,
}: {
  archive: boolean;
  options: CmeSpecialtyOption[];
  active: { slug: string; name: string } | null;
}) {
  const chip = 'inline-flex min-h-10 items-center rounded-full border px-3 text-sm';
  const idle = `${chip} border-slate-300 bg-white text-slate-800 hover:border-brand-700 hover:text-brand-800`;
  const current = `${chip} border-brand-800 bg-brand-800 font-semibold text-white`;
  const all = cmeListHref({ archive, specialty: null, page: 1 });
  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50 p-4">
      {active ? (
        <p className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-800">
          <span>
            Showing {archive ? 'archived' : 'current'} activities in <strong>{active.name}</strong>
          </span>
          <Link href={all} className="link text-sm">
            Remove filter<span className="sr-only">: {active.name}</span>
            <span aria-hidden="true"> ×</span>
          </Link>
        </p>
      ) : null}
      <nav aria-label="Filter by specialty">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href={all} className={active ? idle : current} aria-current={active ? undefined : 'page'}>
              All specialties
            </Link>
          </li>
          {options.map((option) => {
            const isActive = active?.slug === option.slug;
            return (
              <li key={option.slug}>
                <Link
                  href={cmeListHref({ archive, specialty: option.slug, page: 1 })}
                  className={isActive ? current : idle}
                  aria-current={isActive ? 'page' : undefined}
                >
                  {option.name}
                  <span className={`ml-1.5 ${isActive ? 'text-white' : 'text-slate-600'}`}>
                    <span className="sr-only">, </span>({option.count})
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
