import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SavedVersionsPage } from '@/app/_ui/admin/revision-views';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { listRevisions } from '@/lib/admin/revisions';
import { getSeriesForEdit } from '@/lib/admin/videos';

export const metadata: Metadata = { title: 'Video series versions' };

export default async function SeriesRevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requireStaffPage('videos.manage', `/admin/videos/series/${raw}/revisions`);
  const id = parseItemId(raw);
  const series = id ? await getSeriesForEdit(id) : null;
  if (!series) notFound();
  const item = { ...series, href: `/admin/videos/series/${series.id}` };
  return <SavedVersionsPage item={item} noun="series" revisions={await listRevisions('video_series', item.id)} />;
}
