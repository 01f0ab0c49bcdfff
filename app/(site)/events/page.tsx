import type { Metadata } from 'next';
import { ContentList } from '@/app/_ui/content/content-list';
import { IndexPage } from '@/app/_ui/content/index-page';
import { eventToListItem } from '@/app/_ui/content/list-items';
import { listUpcomingEvents } from '@/lib/content/queries';

export const revalidate = 300;

export const metadata: Metadata = {
  title: 'Events',
  description: 'Congresses, summits and meetings for doctors, soonest first.',
  alternates: { canonical: '/events' },
};

export default async function EventsPage() {
  const events = await listUpcomingEvents();
  return (
    <IndexPage title="Events" intro="Congresses, summits and meetings, soonest first. Times are given in each event's own time zone.">
      <ContentList
        items={events.map((event) => eventToListItem(event, { withSummary: true }))}
        emptyText="No upcoming events."
        size="roomy"
      />
    </IndexPage>
  );
}
