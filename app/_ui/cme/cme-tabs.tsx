import Link from 'next/link';
import { cmeListHref } from './paths';

const TABS = [
  { archive: false, label: 'Current activities' },
  { archive: true, label: 'Archive' },
] as const;

/**
 * Current and Archive as two pages linked like tabs (real links: each has its own cached
 * address and works without JavaScript); the specialty filter carries over.
 */
export function CmeTabs({ archive, specialty }: { archive: boolean; specialty: string | null }) {
  return (
    <nav aria-label="Current or archived activities" className="border-b border-slate-300">
      <ul className="-mb-px flex gap-1">
        {TABS.map((tab) => {
          const isActive = tab.archive === archive;
          return (
            <li key={tab.label}>
              <Link
                href={cmeListHref({ archive: tab.archive, specialty, page: 1 })}
                aria-current={isActive ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center border-b-4 px-4 font-semibold ${
                  isActive ? 'border-brand-800 text-brand-900' : 'border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900'
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
