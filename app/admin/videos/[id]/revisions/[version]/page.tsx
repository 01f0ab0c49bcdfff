import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SavedVersionPage } from '@/app/_ui/admin/revision-views';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { getRevision } from '@/lib/admin/revisions';
import { VIDEO_FIELD_LABELS, getVideoForEdit } from '@/lib/admin/videos';
import { restoreVideoAction } from '../../../actions';

export const metadata: Metadata = { title: 'Video version' };

export default async function VideoRevisionPage({ params }: { params: Promise<{ id: string; version: string }> }) {
  const { id: raw, version: rawVersion } = await params;
  await requireStaffPage('videos.manage', `/admin/videos/${raw}/revisions/${rawVersion}`);
  const id = parseItemId(raw);
  const version = parseItemId(rawVersion);
  const video = id ? await getVideoForEdit(id) : null;
  const revision = video && version ? await getRevision('video', video.id, version) : null;
  if (!video || !revision) notFound();
  return <SavedVersionPage item={{ ...video, href: `/admin/videos/${video.id}` }} revision={revision} labels={VIDEO_FIELD_LABELS} restore={restoreVideoAction} />;
}
