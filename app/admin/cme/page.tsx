import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminHeader, AdminListFilters, AdminPager, AdminTable, StatusBadge } from '@/app/_ui/admin/admin-list';
import { requireStaffPage } from '@/lib/admin/auth';
import { readListFilter } from '@/lib/admin/editing';
import { listCmeForAdmin } from '@/lib/admin/cme';

export const metadata: Metadata = { title: 'CME activities' };

export default async function AdminCmePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPage('cme.manage', '/admin/cme');
  const filter = readListFilter(await searchParams);
  const list = await listCmeForAdmin(filter);
  return (
    <div>
      <AdminHeader title="CME activities" newHref="/admin/cme/new" newLabel="New CME activity" />
      <AdminListFilters basePath="/admin/cme" status={filter.status} q={filter.q} />
      <p className="mt-4 text-slate-700" role="status">
        {list.total} {list.total === 1 ? 'activity' : 'activities'}
      </p>
      <AdminTable
        caption="CME activities, most recently edited first"
        items={list.items}
        empty={filter.status || filter.q ? 'No activity matches these filters.' : 'No activitys yet: create the first one.'}
        columns={[
          {
            header: 'Title',
            cell: (activity) => (
              <Link href={`/admin/cme/${activity.id}`} className="font-semibold text-brand-800 underline">
                {activity.title}
              </Link>
            ),
          },
          { header: 'Status', cell: (activity) => <StatusBadge status={activity.status} /> },
          { header: 'Release – expiry', cell: (activity) => `${activity.releaseDate} – ${activity.expiryDate}` },
          { header: 'Questions', cell: (activity) => activity.questions },
          { header: 'Attempts', cell: (activity) => activity.attempts },
          { header: 'Edited', cell: (activity) => `${activity.updatedAt.toLocaleDateString('en-GB', { timeZone: 'UTC' })}` },
        ]}
      />
      <AdminPager basePath="/admin/cme" page={list.page} totalPages={list.totalPages} status={filter.status} q={filter.q} />
    </div>
  );
}
