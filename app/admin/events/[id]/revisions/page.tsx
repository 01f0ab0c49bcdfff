import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RevisionList } from '@/app/_ui/admin/revision-views';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { getEventForEdit } from '@/lib/admin/events';
import { listRevisions } from '@/lib/admin/revisions';

export const metadata: Metadata = { title: 'Event versions' };

export default async function EventRevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requireStaffPage('events.manage', `/admin/events/${raw}/revisions`);
  const id = parseItemId(raw);
  const event = id ? await getEventForEdit(id) : null;
  if (!event) notFound();
  return (
    <div>
      <p>
        <Link href={`/admin/events/${event.id}`} className="text-brand-800 underline">
          Back to the event
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight break-words text-slate-900">Saved versions: {event.fields.title}</h1>
      <RevisionList revisions={await listRevisions('event', event.id)} hrefFor={(version) => `/admin/events/${event.id}/revisions/${version}`} />
    </div>
  );
}
