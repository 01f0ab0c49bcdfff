import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SavedVersionPage } from '@/app/_ui/admin/revision-views';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { getRevision } from '@/lib/admin/revisions';
import { CME_FIELD_LABELS, getCmeForEdit } from '@/lib/admin/cme';
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
  return <SavedVersionPage item={{ ...activity, href: `/admin/cme/${activity.id}` }} revision={revision} labels={CME_FIELD_LABELS} restore={restoreCmeAction} />;
}
