import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SavedVersionsPage } from '@/app/_ui/admin/revision-views';
import { requireStaffPage } from '@/lib/admin/auth';
import { parseItemId } from '@/lib/admin/editing';
import { listRevisions } from '@/lib/admin/revisions';
import { getCmeForEdit } from '@/lib/admin/cme';

export const metadata: Metadata = { title: 'Activity versions' };

export default async function ActivityRevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requireStaffPage('cme.manage', `/admin/cme/${raw}/revisions`);
  const id = parseItemId(raw);
  const activity = id ? await getCmeForEdit(id) : null;
  if (!activity) notFound();
  const item = { ...activity, href: `/admin/cme/${activity.id}` };
  return <SavedVersionsPage item={item} noun="activity" revisions={await listRevisions('cme_activity', item.id)} />;
}
