import type { Metadata } from 'next';
import { EventListPage, eventListMetadata, type EventListPageProps } from '@/app/(site)/_routes/event-index';

export function generateMetadata(props: EventListPageProps): Promise<Metadata> {
  return eventListMetadata('upcoming', props);
}

export default function UpcomingEventsListPage(props: EventListPageProps) {
  return <EventListPage tense="upcoming" {...props} />;
}
