import type { Metadata } from 'next';
import { SeriesForm } from '@/app/_ui/admin/video-form';
import { requireStaffPage } from '@/lib/admin/auth';
import { listSpecialtyOptions } from '@/lib/admin/options';
import { SERIES_FIELD_LABELS } from '@/lib/admin/videos';
import { createSeriesAction } from '../../actions';

export const metadata: Metadata = { title: 'New video series' };

export default async function NewSeriesPage() {
  await requireStaffPage('videos.manage', '/admin/videos/series/new');
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold tracking-tight text-slate-900">New video series</h1>
      <SeriesForm action={createSeriesAction} version={1} fields={{}} specialties={await listSpecialtyOptions()} labels={SERIES_FIELD_LABELS} />
    </div>
  );
}
