import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CmeForm } from '@/app/_ui/admin/cme-form';
import { StatusControls } from '@/app/_ui/admin/status-controls';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { CME_FIELD_LABELS, cmeTransitions, getCmeForEdit, MAX_QUESTIONS } from '@/lib/admin/cme';
import { listSpecialtyOptions } from '@/lib/admin/options';
import { saveCmeAction, transitionCmeAction } from '../actions';

export const metadata: Metadata = { title: 'Edit CME activity' };

export default async function EditActivityPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id: raw } = await params;
  await requireStaffPage('cme.manage', `/admin/cme/${raw}`);
  const id = parseItemId(raw);
  const activity = id ? await getCmeForEdit(id) : null;
  if (!activity) notFound();
  const { created, restored } = await searchParams;
  return (
    <div className="space-y-6">
      <div>
        <p>
          <Link href="/admin/cme" className="text-brand-800 underline">
            CME activities
          </Link>
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight break-words text-slate-900">Edit CME activity: {activity.fields.title}</h1>
        <p className="mt-2 flex flex-wrap gap-4 text-slate-700">
          <span>Version {activity.version}</span>
          <span>
            {activity.attempts} post-test {activity.attempts === 1 ? 'attempt' : 'attempts'}
          </span>
          <Link href={`/admin/cme/${activity.id}/revisions`} className="text-brand-800 underline">
            Saved versions
          </Link>
          {activity.status === 'published' ? (
            <Link href={`/cme/${activity.slug}`} className="text-brand-800 underline">
              View on the site
            </Link>
          ) : null}
        </p>
        {created ? <p role="status" className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-900">The activity was created as a draft.</p> : null}
        {restored ? <p role="status" className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-900">Version {String(restored)} was restored as version {activity.version}.</p> : null}
      </div>
      <StatusControls
        key={activity.version}
        action={transitionCmeAction}
        id={activity.id}
        version={activity.version}
        status={activity.status}
        publishedAt={activity.publishedAt?.toISOString() ?? null}
        allowed={cmeTransitions(activity.status)}
      />
      <CmeForm action={saveCmeAction} id={activity.id} version={activity.version} fields={activity.fields} specialties={await listSpecialtyOptions()} labels={CME_FIELD_LABELS} maxQuestions={MAX_QUESTIONS} questionsLocked={activity.attempts > 0} />
    </div>
  );
}
