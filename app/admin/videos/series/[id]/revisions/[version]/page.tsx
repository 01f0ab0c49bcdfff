import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SavedVersionPage } from '@/app/_ui/admin/revision-views';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { getRevision } from '@/lib/admin/revisions';
import { SERIES_FIELD_LABELS, getSeriesForEdit } from '@/lib/admin/videos';
import { restoreSeriesAction } from '../../../../actions';

export const metadata: Metadata = { title: 'Video series version' };

export default async function SeriesRevisionPage({ params }: { params: Promise<{ id: string; version: string }> }) {
  const { id: raw, version: rawVersion } = await params;
  await requireStaffPage('videos.manage', `/admin/videos/series/${raw}/revisions/${rawVersion}`);
  const id = parseItemId(raw);
  const version = parseItemId(rawVersion);
  const series = id ? await getSeriesForEdit(id) : null;
  const revision = series && version ? await getRevision('video_series', series.id, version) : null;
  if (!series || !revision) notFound();
  return <SavedVersionPage item={{ ...series, href: `/admin/videos/series/${series.id}` }} revision={revision} labels={SERIES_FIELD_LABELS} restore={restoreSeriesAction} />;
}
