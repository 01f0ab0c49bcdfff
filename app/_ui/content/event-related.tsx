import Link from 'next/link';
import type { EventDetail, EventListItem } from '@/lib/content/events';
import { ContentList } from './content-list';
import { eventToListItem } from './list-items';

/** Other upcoming events of the same specialty, under an event's own text. */
export function EventRelated({ event, items }: { event: EventDetail; items: EventListItem[] }) {
  if (!event.specialty || items.length === 0) return null;
  return (
    <section aria-labelledby="related-events" className="mt-12 border-t border-slate-200 pt-6">
      <h2 id="related-events" className="text-xl font-bold text-slate-900">
        More {event.specialty.name} events
      </h2>
      <div className="mt-2">
        <ContentList items={items.map((item) => eventToListItem(item))} emptyText="" />
      </div>
      <p className="mt-4">
        <Link href={`/specialties/${event.specialty.slug}`} className="link">
          Everything in {event.specialty.name}
          <span aria-hidden="true"> →</span>
        </Link>
      </p>
    </section>
  );
}
