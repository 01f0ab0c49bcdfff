import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RevisionCompare } from '@/app/_ui/admin/revision-views';
import { RestoreRevisionForm } from '@/app/_ui/admin/status-controls';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { EVENT_FIELD_LABELS, getEventForEdit } from '@/lib/admin/events';
import { getRevision } from '@/lib/admin/revisions';
import { restoreEventAction } from '../../../actions';

export const metadata: Metadata = { title: 'Event version' };

export default async function EventRevisionPage({ params }: { params: Promise<{ id: string; version: string }> }) {
  const { id: raw, version: rawVersion } = await params;
  await requireStaffPage('events.manage', `/admin/events/${raw}/revisions/${rawVersion}`);
  const id = parseItemId(raw);
  const version = parseItemId(rawVersion);
  const event = id ? await getEventForEdit(id) : null;
  const revision = event && version ? await getRevision('event', event.id, version) : null;
  if (!event || !revision) notFound();
  return (
    <div>
      <p>
        <Link href={`/admin/events/${event.id}/revisions`} className="text-brand-800 underline">
          All saved versions
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight break-words text-slate-900">
        Version {revision.version} of {event.fields.title}
      </h1>
      <p className="mt-2 text-slate-700">
        Saved {revision.createdAt.toLocaleString('en-GB', { timeZone: 'UTC' })} UTC by {revision.editorName ?? 'unknown'}: {revision.note}
      </p>
      {revision.version !== event.version ? <RestoreRevisionForm action={restoreEventAction} id={event.id} version={event.version} revision={revision.version} /> : <p className="mt-4 text-slate-700">This is the current version.</p>}
      <RevisionCompare labels={EVENT_FIELD_LABELS} revision={revision.snapshot} current={event.fields} revisionVersion={revision.version} currentVersion={event.version} />
    </div>
  );
}
