import Link from 'next/link';
import type { ReactNode } from 'react';
import { PageLinks } from '@/app/_ui/content/pagination';

/*
 * A staff list: a filter form (status and a title search, sent as a GET so the address says
 * what is shown), a table with a caption, and page links. Server-rendered.
 */

export type AdminListColumn<T> = { header: string; cell: (item: T) => ReactNode };

const STATUS_OPTIONS = [
  ['', 'Any status'],
  ['draft', 'Draft'],
  ['scheduled', 'Scheduled'],
  ['published', 'Published'],
  ['archived', 'Archived'],
] as const;

export function AdminListFilters({ basePath, status, q, withStatus = true }: { basePath: string; status?: string; q?: string; withStatus?: boolean }) {
  return (
    <form method="get" action={basePath} role="search" aria-label="Filter the list" className="mt-6 flex flex-wrap items-end gap-3">
      {withStatus ? (
        <div>
          <label htmlFor="filter-status" className="block font-semibold text-slate-900">
            Status
          </label>
          <select id="filter-status" name="status" defaultValue={status ?? ''} className="mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-3 text-slate-900">
            {STATUS_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="min-w-0 flex-1 basis-48">
        <label htmlFor="filter-q" className="block font-semibold text-slate-900">
          Title contains
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={q ?? ''} className="mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-slate-900" />
      </div>
      <button type="submit" className="min-h-11 rounded-md border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-100">
        Filter
      </button>
    </form>
  );
}

export function AdminTable<T extends { id: number }>({
  caption,
  items,
  columns,
  empty,
}: {
  caption: string;
  items: T[];
  columns: AdminListColumn<T>[];
  empty: ReactNode;
}) {
  if (items.length === 0) {
    return <p className="mt-6 rounded-md border border-slate-300 bg-white p-6 text-slate-800">{empty}</p>;
  }
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className="border-b border-slate-300 px-2 py-2 font-semibold text-slate-900">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="align-top">
              {columns.map((column, index) =>
                index === 0 ? (
                  <th key={column.header} scope="row" className="border-b border-slate-200 px-2 py-2 font-normal break-words text-slate-900">
                    {column.cell(item)}
                  </th>
                ) : (
                  <td key={column.header} className="border-b border-slate-200 px-2 py-2 text-slate-800">
                    {column.cell(item)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AdminPager({ basePath, page, totalPages, status, q }: { basePath: string; page: number; totalPages: number; status?: string; q?: string }) {
  const href = (n: number) => {
    const params = new URLSearchParams();
    if (status) params.set('status', status);
    if (q) params.set('q', q);
    if (n > 1) params.set('page', String(n));
    const query = params.toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  return (
    <div className="mt-6">
      <PageLinks page={page} totalPages={totalPages} href={href} prefetch={false} />
    </div>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const tone: Record<string, string> = {
    draft: 'bg-slate-100 text-slate-900',
    scheduled: 'bg-amber-100 text-amber-950',
    published: 'bg-emerald-100 text-emerald-950',
    archived: 'bg-slate-200 text-slate-900',
  };
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${tone[status] ?? tone.draft}`}>{status}</span>;
}

export function AdminHeader({ title, newHref, newLabel, children }: { title: string; newHref?: string; newLabel?: string; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{title}</h1>
      {newHref ? (
        <Link href={newHref} className="inline-flex min-h-11 items-center rounded-md bg-brand-800 px-4 font-semibold text-white hover:bg-brand-900">
          {newLabel}
        </Link>
      ) : null}
      {children}
    </div>
  );
}
