import type { Metadata } from 'next';
import { VideoForm } from '@/app/_ui/admin/video-form';
import { requireStaffPage } from '@/lib/admin/auth';
import { maxUploadBytes } from '@/lib/admin/images';
import { VIDEO_FIELD_LABELS } from '@/lib/admin/videos';
import { listSeriesOptions, listSpecialtyOptions } from '@/lib/admin/options';
import { createVideoAction } from '../actions';

export const metadata: Metadata = { title: 'New video' };

export default async function NewVideoPage() {
  await requireStaffPage('videos.manage', '/admin/videos/new');
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">New video</h1>
      <p className="mt-2 mb-6 text-slate-700">It is saved as a draft; publish it from its page.</p>
      <VideoForm action={createVideoAction} version={1} fields={{ provider: 'youtube', access: 'public' }} specialties={await listSpecialtyOptions()} series={await listSeriesOptions()} labels={VIDEO_FIELD_LABELS} coverImage={null} maxUploadBytes={maxUploadBytes()} />
    </div>
  );
}
