import { filterHref } from '@/lib/content/pagination';
import type { EventTense } from '@/lib/content/events';
import { LinkTabs } from './link-tabs';

const TABS: Array<{ tense: EventTense; label: string }> = [
  { tense: 'upcoming', label: 'Upcoming' },
  { tense: 'past', label: 'Past' },
];

/** The base address of a tense's list: the cached first page. */
export function eventListPath(tense: EventTense): string {
  return tense === 'upcoming' ? '/events' : '/events/past';
}

/** Upcoming and Past as two tabs (LinkTabs); a specialty filter carries over to the other tab. */
export function EventTabs({ active, specialty }: { active: EventTense; specialty: string | null }) {
  return (
    <LinkTabs
      label="Upcoming or past events"
      tabs={TABS.map((tab) => ({ href: filterHref(eventListPath(tab.tense), specialty), label: tab.label, isActive: tab.tense === active }))}
    />
  );
}
