import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminHeader, AdminListFilters, AdminPager, AdminTable } from '@/app/_ui/admin/admin-list';
import { requireStaffPage } from '@/lib/admin/auth';
import { readListFilter } from '@/lib/admin/editing';
import { listSeriesForAdmin } from '@/lib/admin/videos';

export const metadata: Metadata = { title: 'Video series' };

export default async function AdminSeriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPage('videos.manage', '/admin/videos/series');
  const filter = readListFilter(await searchParams);
  const list = await listSeriesForAdmin(filter);
  return (
    <div>
      <p>
        <Link href="/admin/videos" className="text-brand-800 underline">
          Videos
        </Link>
      </p>
      <AdminHeader title="Video series" newHref="/admin/videos/series/new" newLabel="New series" />
      <AdminListFilters basePath="/admin/videos/series" q={filter.q} withStatus={false} />
      <AdminTable
        caption="Video series, most recently edited first"
        items={list.items}
        empty={filter.q ? 'No series matches this search.' : 'No series yet: create the first one.'}
        columns={[
          {
            header: 'Title',
            cell: (series) => (
              <Link href={`/admin/videos/series/${series.id}`} className="font-semibold text-brand-800 underline">
                {series.title}
              </Link>
            ),
          },
          { header: 'Parts', cell: (series) => series.parts },
          { header: 'Edited', cell: (series) => series.updatedAt.toLocaleDateString('en-GB', { timeZone: 'UTC' }) },
        ]}
      />
      <AdminPager basePath="/admin/videos/series" page={list.page} totalPages={list.totalPages} q={filter.q} />
    </div>
  );
}
