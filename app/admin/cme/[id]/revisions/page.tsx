import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RevisionList } from '@/app/_ui/admin/revision-views';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { getCmeForEdit } from '@/lib/admin/cme';
import { listRevisions } from '@/lib/admin/revisions';

export const metadata: Metadata = { title: 'Activity versions' };

export default async function ActivityRevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requireStaffPage('cme.manage', `/admin/cme/${raw}/revisions`);
  const id = parseItemId(raw);
  const activity = id ? await getCmeForEdit(id) : null;
  if (!activity) notFound();
  return (
    <div>
      <p>
        <Link href={`/admin/cme/${activity.id}`} className="text-brand-800 underline">
          Back to the activity
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight break-words text-slate-900">Saved versions: {activity.fields.title}</h1>
      <RevisionList revisions={await listRevisions('cme_activity', activity.id)} hrefFor={(version) => `/admin/cme/${activity.id}/revisions/${version}`} />
    </div>
  );
}
