import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SeriesForm } from '@/app/_ui/admin/video-form';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { listSpecialtyOptions } from '@/lib/admin/options';
import { getSeriesForEdit, SERIES_FIELD_LABELS } from '@/lib/admin/videos';
import { saveSeriesAction } from '../../actions';

export const metadata: Metadata = { title: 'Edit video series' };

export default async function EditSeriesPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id: raw } = await params;
  await requireStaffPage('videos.manage', `/admin/videos/series/${raw}`);
  const id = parseItemId(raw);
  const series = id ? await getSeriesForEdit(id) : null;
  if (!series) notFound();
  const { created, restored } = await searchParams;
  return (
    <div className="space-y-6">
      <div>
        <p>
          <Link href="/admin/videos/series" className="text-brand-800 underline">
            Video series
          </Link>
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight break-words text-slate-900">Edit series: {series.fields.title}</h1>
        <p className="mt-2 text-slate-700">A series has no status of its own: it shows on the site once one of its videos is published.</p>
        <p className="mt-2 flex flex-wrap gap-4 text-slate-700">
          <span>Version {series.version}</span>
          <Link href={`/admin/videos/series/${series.id}/revisions`} className="text-brand-800 underline">
            Saved versions
          </Link>
        </p>
        {created ? <p role="status" className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-900">The series was created.</p> : null}
        {restored ? <p role="status" className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-900">Version {String(restored)} was restored as version {series.version}.</p> : null}
      </div>
      <SeriesForm action={saveSeriesAction} id={series.id} version={series.version} fields={series.fields} specialties={await listSpecialtyOptions()} labels={SERIES_FIELD_LABELS} />
    </div>
  );
}
