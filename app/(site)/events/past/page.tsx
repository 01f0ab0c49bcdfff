import { EventIndexPage, eventIndexMetadata } from '@/app/(site)/_routes/event-index';

export const revalidate = 300;

export const metadata = eventIndexMetadata('past');

export default function PastEventsPage() {
  return <EventIndexPage tense="past" />;
}
