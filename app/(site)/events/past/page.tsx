import { EventIndexPage, eventIndexMetadata } from '@/app/_ui/content/event-index';

export const revalidate = 300;

export const metadata = eventIndexMetadata('past');

export default function PastEventsPage() {
  return <EventIndexPage tense="past" />;
}
