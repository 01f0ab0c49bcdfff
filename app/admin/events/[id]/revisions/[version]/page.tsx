import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SavedVersionPage } from '@/app/_ui/admin/revision-views';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { getRevision } from '@/lib/admin/revisions';
import { EVENT_FIELD_LABELS, getEventForEdit } from '@/lib/admin/events';
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
  return <SavedVersionPage item={{ ...event, href: `/admin/events/${event.id}` }} revision={revision} labels={EVENT_FIELD_LABELS} restore={restoreEventAction} />;
}
