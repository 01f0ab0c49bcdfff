import type { Metadata } from 'next';
import { EventForm } from '@/app/_ui/admin/event-form';
import { requireStaffPage } from '@/lib/admin/auth';
import { maxUploadBytes } from '@/lib/admin/images';
import { EVENT_FIELD_LABELS } from '@/lib/admin/events';
import { listSpecialtyOptions } from '@/lib/admin/options';
import { createEventAction } from '../actions';

export const metadata: Metadata = { title: 'New event' };

export default async function NewEventPage() {
  await requireStaffPage('events.manage', '/admin/events/new');
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">New event</h1>
      <p className="mt-2 mb-6 text-slate-700">It is saved as a draft; publish it from its page.</p>
      <EventForm action={createEventAction} version={1} fields={{ timeZone: 'Asia/Kolkata' }} specialties={await listSpecialtyOptions()} labels={EVENT_FIELD_LABELS} coverImage={null} maxUploadBytes={maxUploadBytes()} />
    </div>
  );
}
