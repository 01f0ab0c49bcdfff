import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RevisionList } from '@/app/_ui/admin/revision-views';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { getVideoForEdit } from '@/lib/admin/videos';
import { listRevisions } from '@/lib/admin/revisions';

export const metadata: Metadata = { title: 'Video versions' };

export default async function VideoRevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requireStaffPage('videos.manage', `/admin/videos/${raw}/revisions`);
  const id = parseItemId(raw);
  const video = id ? await getVideoForEdit(id) : null;
  if (!video) notFound();
  return (
    <div>
      <p>
        <Link href={`/admin/videos/${video.id}`} className="text-brand-800 underline">
          Back to the video
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight break-words text-slate-900">Saved versions: {video.fields.title}</h1>
      <RevisionList revisions={await listRevisions('video', video.id)} hrefFor={(version) => `/admin/videos/${video.id}/revisions/${version}`} />
    </div>
  );
}
