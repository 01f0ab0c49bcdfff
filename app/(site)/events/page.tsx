import { EventIndexPage, eventIndexMetadata } from '@/app/(site)/_routes/event-index';

export const revalidate = 300;

export const metadata = eventIndexMetadata('upcoming');

export default function EventsPage() {
  return <EventIndexPage tense="upcoming" />;
}
