import Link from 'next/link';

export type LinkTab = { href: string; label: string; isActive: boolean };

/**
 * Two or more lists shown as tabs: real links (each list has its own cached address and works
 * without JavaScript), the open one marked for screen readers.
 */
export function LinkTabs({ label, tabs }: { label: string; tabs: LinkTab[] }) {
  return (
    <nav aria-label={label} className="border-b border-slate-300">
      <ul className="-mb-px flex gap-1">
        {tabs.map((tab) => (
          <li key={tab.label}>
            <Link
              href={tab.href}
              aria-current={tab.isActive ? 'page' : undefined}
              className={`inline-flex min-h-11 items-center border-b-4 px-4 font-semibold ${
                tab.isActive ? 'border-brand-800 text-brand-900' : 'border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900'
              }`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
