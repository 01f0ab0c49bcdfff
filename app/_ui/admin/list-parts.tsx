import type { ReactNode } from 'react';
import { PageLinks } from '@/app/_ui/content/pagination';
import { listHref } from '@/lib/admin/listing';

/* Pieces the admin lists share: the filter form's frame and fields, the count line, pagination. */

export const FILTER_CONTROL =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-700 focus:outline-2 focus:outline-offset-1 focus:outline-brand-700';

/** A list's filters: a GET form, so every filtered page has its own address. */
export function FilterForm({ action, label, children, resetHref }: { action: string; label: string; children: ReactNode; resetHref?: string }) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className="mt-6 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{children}</div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900">
          Apply filters
        </button>
        {resetHref ? (
          <a href={resetHref} className="link">
            Clear filters
          </a>
        ) : null}
      </div>
    </form>
  );
}

export function FilterText({ id, name, label, value, type = 'text' }: { id: string; name: string; label: string; value?: string; type?: 'text' | 'date' | 'search' }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      <input id={id} name={name} type={type} defaultValue={value ?? ''} className={FILTER_CONTROL} />
    </div>
  );
}

export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
  anyLabel,
}: {
  id: string;
  name: string;
  label: string;
  value?: string;
  options: ReadonlyArray<readonly [string, string]>;
  anyLabel: string;
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className={FILTER_CONTROL}>
        <option value="">{anyLabel}</option>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ResultCount({ total, page, totalPages, noun }: { total: number; page: number; totalPages: number; noun: [string, string] }) {
  return (
    <p className="mt-6 text-sm text-slate-700" role="status">
      {total} {total === 1 ? noun[0] : noun[1]}
      {totalPages > 1 ? `, page ${page} of ${totalPages}` : ''}
    </p>
  );
}

export function ListPagination({ basePath, filters, page, totalPages }: { basePath: string; filters: Record<string, string | undefined>; page: number; totalPages: number }) {
  return <PageLinks page={page} totalPages={totalPages} href={(n) => listHref(basePath, filters, n)} prefetch={false} />;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-800">{children}</div>;
}

/**
 * A table that scrolls inside its own box on a narrow screen, never the page; focusable, so a
 * keyboard can scroll it too.
 */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="mt-4 overflow-x-auto rounded-lg border border-slate-200 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
    >
      {children}
    </div>
  );
}

export const TH = 'px-3 py-2 text-left text-sm font-semibold text-slate-900';
export const TD = 'px-3 py-2 align-top text-sm text-slate-800';

/** A moment to the minute, in UTC: the audit log and the outbox are read across time zones. */
export function DateTimeText({ value }: { value: Date }) {
  const iso = value.toISOString();
  return <time dateTime={iso}>{`${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`}</time>;
}
