import Link from 'next/link';

export type Crumb = { href: string; label: string };

/** Home › section › this page; the last crumb is the page itself and is not a link. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-700">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {[{ href: '/', label: 'Home' }, ...trail].map((crumb) => (
          <li key={crumb.href} className="flex items-center gap-2">
            <Link href={crumb.href} className="link font-normal">
              {crumb.label}
            </Link>
            <span aria-hidden="true" className="text-slate-500">
              ›
            </span>
          </li>
        ))}
        <li aria-current="page" className="line-clamp-1 text-slate-700">
          {current}
        </li>
      </ol>
    </nav>
  );
}
