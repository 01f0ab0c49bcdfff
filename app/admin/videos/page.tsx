import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminHeader, AdminListFilters, AdminPager, AdminTable, StatusBadge } from '@/app/_ui/admin/admin-list';
import { requireStaffPage } from '@/lib/admin/auth';
import { readListFilter } from '@/lib/admin/editing';
import { listVideosForAdmin } from '@/lib/admin/videos';

export const metadata: Metadata = { title: 'Videos' };

export default async function AdminVideosPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPage('videos.manage', '/admin/videos');
  const filter = readListFilter(await searchParams);
  const list = await listVideosForAdmin(filter);
  return (
    <div>
      <AdminHeader title="Videos" newHref="/admin/videos/new" newLabel="New video">
        <Link href="/admin/videos/series" className="text-brand-800 underline">
          Video series
        </Link>
      </AdminHeader>
      <AdminListFilters basePath="/admin/videos" status={filter.status} q={filter.q} />
      <p className="mt-4 text-slate-700" role="status">
        {list.total} {list.total === 1 ? 'video' : 'videos'}
      </p>
      <AdminTable
        caption="Videos, most recently edited first"
        items={list.items}
        empty={filter.status || filter.q ? 'No video matches these filters.' : 'No videos yet: create the first one.'}
        columns={[
          {
            header: 'Title',
            cell: (video) => (
              <Link href={`/admin/videos/${video.id}`} className="font-semibold text-brand-800 underline">
                {video.title}
              </Link>
            ),
          },
          { header: 'Status', cell: (video) => <StatusBadge status={video.status} /> },
          { header: 'Series', cell: (video) => (video.seriesTitle ? `${video.seriesTitle}${video.partNumber ? `, part ${video.partNumber}` : ''}` : '—') },
          { header: 'Provider', cell: (video) => video.provider },
          { header: 'Edited', cell: (video) => `${video.updatedAt.toLocaleDateString('en-GB', { timeZone: 'UTC' })}` },
        ]}
      />
      <AdminPager basePath="/admin/videos" page={list.page} totalPages={list.totalPages} status={filter.status} q={filter.q} />
    </div>
  );
}
