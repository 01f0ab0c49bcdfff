import Link from 'next/link';
import { filterHref } from '@/lib/content/pagination';
import type { EventTense } from '@/lib/content/events';

const TABS: Array<{ tense: EventTense; label: string }> = [
  { tense: 'upcoming', label: 'Upcoming' },
  { tense: 'past', label: 'Past' },
];

/** The base address of a tense's list: the cached first page. */
export function eventListPath(tense: EventTense): string {
  return tense === 'upcoming' ? '/events' : '/events/past';
}

/**
 * Upcoming and Past as two pages, linked like tabs: real links (each list has its own
 * address and works without JavaScript), the open one marked for screen readers.
 * A specialty filter carries over to the other tab.
 */
export function EventTabs({ active, specialty }: { active: EventTense; specialty: string | null }) {
  return (
    <nav aria-label="Upcoming or past events" className="border-b border-slate-300">
      <ul className="-mb-px flex gap-1">
        {TABS.map((tab) => {
          const isActive = tab.tense === active;
          return (
            <li key={tab.tense}>
              <Link
                href={filterHref(eventListPath(tab.tense), specialty)}
                aria-current={isActive ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center border-b-4 px-4 font-semibold ${
                  isActive
                    ? 'border-brand-800 text-brand-900'
                    : 'border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900'
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
