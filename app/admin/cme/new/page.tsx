import type { Metadata } from 'next';
import { CmeForm } from '@/app/_ui/admin/cme-form';
import { requireStaffPage } from '@/lib/admin/auth';
import { CME_FIELD_LABELS, MAX_QUESTIONS } from '@/lib/admin/cme';
import { listSpecialtyOptions } from '@/lib/admin/options';
import { createCmeAction } from '../actions';

export const metadata: Metadata = { title: 'New CME activity' };

export default async function NewActivityPage() {
  await requireStaffPage('cme.manage', '/admin/cme/new');
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">New CME activity</h1>
      <p className="mt-2 mb-6 text-slate-700">It is saved as a draft; publish it from its page.</p>
      <CmeForm action={createCmeAction} version={1} fields={{ questionCount: '2' }} specialties={await listSpecialtyOptions()} labels={CME_FIELD_LABELS} maxQuestions={MAX_QUESTIONS} questionsLocked={false} />
    </div>
  );
}
