import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminHeader, AdminListFilters, AdminPager, AdminTable, StatusBadge } from '@/app/_ui/admin/admin-list';
import { requireStaffPage } from '@/lib/admin/auth';
import { readListFilter } from '@/lib/admin/editing';
import { listEventsForAdmin } from '@/lib/admin/events';

export const metadata: Metadata = { title: 'Events' };

export default async function AdminEventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPage('events.manage', '/admin/events');
  const filter = readListFilter(await searchParams);
  const list = await listEventsForAdmin(filter);
  return (
    <div>
      <AdminHeader title="Events" newHref="/admin/events/new" newLabel="New event" />
      <AdminListFilters basePath="/admin/events" status={filter.status} q={filter.q} />
      <p className="mt-4 text-slate-700" role="status">
        {list.total} {list.total === 1 ? 'event' : 'events'}
      </p>
      <AdminTable
        caption="Events, most recently edited first"
        items={list.items}
        empty={filter.status || filter.q ? 'No event matches these filters.' : 'No events yet: create the first one.'}
        columns={[
          {
            header: 'Title',
            cell: (event) => (
              <Link href={`/admin/events/${event.id}`} className="font-semibold text-brand-800 underline">
                {event.title}
              </Link>
            ),
          },
          { header: 'Status', cell: (event) => <StatusBadge status={event.status} /> },
          { header: 'Starts', cell: (event) => `${event.startsAt.toLocaleString('en-GB', { timeZone: event.timeZone, dateStyle: 'medium', timeStyle: 'short' })} (${event.timeZone})` },
          { header: 'Edited', cell: (event) => `${event.updatedAt.toLocaleDateString('en-GB', { timeZone: 'UTC' })}` },
        ]}
      />
      <AdminPager basePath="/admin/events" page={list.page} totalPages={list.totalPages} status={filter.status} q={filter.q} />
    </div>
  );
}
