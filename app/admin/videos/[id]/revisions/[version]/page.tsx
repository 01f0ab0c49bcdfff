import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RevisionCompare } from '@/app/_ui/admin/revision-views';
import { RestoreRevisionForm } from '@/app/_ui/admin/status-controls';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { VIDEO_FIELD_LABELS, getVideoForEdit } from '@/lib/admin/videos';
import { getRevision } from '@/lib/admin/revisions';
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
  return (
    <div>
      <p>
        <Link href={`/admin/videos/${video.id}/revisions`} className="text-brand-800 underline">
          All saved versions
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight break-words text-slate-900">
        Version {revision.version} of {video.fields.title}
      </h1>
      <p className="mt-2 text-slate-700">
        Saved {revision.createdAt.toLocaleString('en-GB', { timeZone: 'UTC' })} UTC by {revision.editorName ?? 'unknown'}: {revision.note}
      </p>
      {revision.version !== video.version ? <RestoreRevisionForm action={restoreVideoAction} id={video.id} version={video.version} revision={revision.version} /> : <p className="mt-4 text-slate-700">This is the current version.</p>}
      <RevisionCompare labels={VIDEO_FIELD_LABELS} revision={revision.snapshot} current={video.fields} revisionVersion={revision.version} currentVersion={video.version} />
    </div>
  );
}
