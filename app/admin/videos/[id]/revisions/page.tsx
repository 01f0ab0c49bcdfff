import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SavedVersionsPage } from '@/app/_ui/admin/revision-views';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { listRevisions } from '@/lib/admin/revisions';
import { getVideoForEdit } from '@/lib/admin/videos';

export const metadata: Metadata = { title: 'Video versions' };

export default async function VideoRevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requireStaffPage('videos.manage', `/admin/videos/${raw}/revisions`);
  const id = parseItemId(raw);
  const video = id ? await getVideoForEdit(id) : null;
  if (!video) notFound();
  const item = { ...video, href: `/admin/videos/${video.id}` };
  return <SavedVersionsPage item={item} noun="video" revisions={await listRevisions('video', item.id)} />;
}
