import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { VideoForm } from '@/app/_ui/admin/video-form';
import { StatusControls } from '@/app/_ui/admin/status-controls';
import { requireStaffPage } from '@/lib/admin/auth';
import { coverImageForEditor, maxUploadBytes } from '@/lib/admin/images';
import { allowedTransitions, parseItemId } from '@/lib/admin/editing';
import { VIDEO_FIELD_LABELS, getVideoForEdit } from '@/lib/admin/videos';
import { listSeriesOptions, listSpecialtyOptions } from '@/lib/admin/options';
import { saveVideoAction, transitionVideoAction } from '../actions';

export const metadata: Metadata = { title: 'Edit video' };

export default async function EditVideoPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id: raw } = await params;
  await requireStaffPage('videos.manage', `/admin/videos/${raw}`);
  const id = parseItemId(raw);
  const video = id ? await getVideoForEdit(id) : null;
  if (!video) notFound();
  const { created, restored } = await searchParams;
  return (
    <div className="space-y-6">
      <div>
        <p>
          <Link href="/admin/videos" className="text-brand-800 underline">
            Videos
          </Link>
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight break-words text-slate-900">Edit video: {video.fields.title}</h1>
        <p className="mt-2 flex flex-wrap gap-4 text-slate-700">
          <span>Version {video.version}</span>
          <Link href={`/admin/videos/${video.id}/revisions`} className="text-brand-800 underline">
            Saved versions
          </Link>
          {video.status === 'published' ? (
            <Link href={`/videos/${video.slug}`} className="text-brand-800 underline">
              View on the site
            </Link>
          ) : null}
        </p>
        {created ? <p role="status" className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-900">The video was created as a draft.</p> : null}
        {restored ? <p role="status" className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-900">Version {String(restored)} was restored as version {video.version}.</p> : null}
      </div>
      <StatusControls
        key={video.version}
        action={transitionVideoAction}
        id={video.id}
        version={video.version}
        status={video.status}
        publishedAt={video.publishedAt?.toISOString() ?? null}
        allowed={allowedTransitions(video.status)}
      />
      <VideoForm action={saveVideoAction} id={video.id} version={video.version} fields={video.fields} specialties={await listSpecialtyOptions()} series={await listSeriesOptions()} labels={VIDEO_FIELD_LABELS} coverImage={await coverImageForEditor(video.fields.coverImageId ? Number(video.fields.coverImageId) : null, video.fields.coverImageAlt || null)} maxUploadBytes={maxUploadBytes()} />
    </div>
  );
}
