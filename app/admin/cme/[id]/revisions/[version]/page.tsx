import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RevisionCompare } from '@/app/_ui/admin/revision-views';
import { RestoreRevisionForm } from '@/app/_ui/admin/status-controls';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { CME_FIELD_LABELS, getCmeForEdit } from '@/lib/admin/cme';
import { getRevision } from '@/lib/admin/revisions';
import { restoreCmeAction } from '../../../actions';

export const metadata: Metadata = { title: 'Activity version' };

export default async function ActivityRevisionPage({ params }: { params: Promise<{ id: string; version: string }> }) {
  const { id: raw, version: rawVersion } = await params;
  await requireStaffPage('cme.manage', `/admin/cme/${raw}/revisions/${rawVersion}`);
  const id = parseItemId(raw);
  const version = parseItemId(rawVersion);
  const activity = id ? await getCmeForEdit(id) : null;
  const revision = activity && version ? await getRevision('cme_activity', activity.id, version) : null;
  if (!activity || !revision) notFound();
  return (
    <div>
      <p>
        <Link href={`/admin/cme/${activity.id}/revisions`} className="text-brand-800 underline">
          All saved versions
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight break-words text-slate-900">
        Version {revision.version} of {activity.fields.title}
      </h1>
      <p className="mt-2 text-slate-700">
        Saved {revision.createdAt.toLocaleString('en-GB', { timeZone: 'UTC' })} UTC by {revision.editorName ?? 'unknown'}: {revision.note}
      </p>
      {revision.version !== activity.version ? <RestoreRevisionForm action={restoreCmeAction} id={activity.id} version={activity.version} revision={revision.version} /> : <p className="mt-4 text-slate-700">This is the current version.</p>}
      <RevisionCompare labels={CME_FIELD_LABELS} revision={revision.snapshot} current={activity.fields} revisionVersion={revision.version} currentVersion={activity.version} />
    </div>
  );
}
