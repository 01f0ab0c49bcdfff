import type { Metadata } from 'next';
import { EventListPage, eventListMetadata, type EventListPageProps } from '@/app/(site)/_routes/event-index';

export function generateMetadata(props: EventListPageProps): Promise<Metadata> {
  return eventListMetadata('past', props);
}

export default function PastEventsListPage(props: EventListPageProps) {
  return <EventListPage tense="past" {...props} />;
}
