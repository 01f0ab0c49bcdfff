import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SavedVersionsPage } from '@/app/_ui/admin/revision-views';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { listRevisions } from '@/lib/admin/revisions';
import { getEventForEdit } from '@/lib/admin/events';

export const metadata: Metadata = { title: 'Event versions' };

export default async function EventRevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requireStaffPage('events.manage', `/admin/events/${raw}/revisions`);
  const id = parseItemId(raw);
  const event = id ? await getEventForEdit(id) : null;
  if (!event) notFound();
  const item = { ...event, href: `/admin/events/${event.id}` };
  return <SavedVersionsPage item={item} noun="event" revisions={await listRevisions('event', item.id)} />;
}
