import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EventForm } from '@/app/_ui/admin/event-form';
import { StatusControls } from '@/app/_ui/admin/status-controls';
import { requireStaffPage } from '@/lib/admin/auth';
import { coverImageForEditor, maxUploadBytes } from '@/lib/admin/images';
import { allowedTransitions, parseItemId } from '@/lib/admin/editing';
import { EVENT_FIELD_LABELS, getEventForEdit } from '@/lib/admin/events';
import { listSpecialtyOptions } from '@/lib/admin/options';
import { saveEventAction, transitionEventAction } from '../actions';

export const metadata: Metadata = { title: 'Edit event' };

export default async function EditEventPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id: raw } = await params;
  await requireStaffPage('events.manage', `/admin/events/${raw}`);
  const id = parseItemId(raw);
  const event = id ? await getEventForEdit(id) : null;
  if (!event) notFound();
  const { created, restored } = await searchParams;
  return (
    <div className="space-y-6">
      <div>
        <p>
          <Link href="/admin/events" className="text-brand-800 underline">
            Events
          </Link>
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight break-words text-slate-900">Edit event: {event.fields.title}</h1>
        <p className="mt-2 flex flex-wrap gap-4 text-slate-700">
          <span>Version {event.version}</span>
          <Link href={`/admin/events/${event.id}/revisions`} className="text-brand-800 underline">
            Saved versions
          </Link>
          {event.status === 'published' ? (
            <Link href={`/events/${event.slug}`} className="text-brand-800 underline">
              View on the site
            </Link>
          ) : null}
        </p>
        {created ? <p role="status" className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-900">The event was created as a draft.</p> : null}
        {restored ? <p role="status" className="mt-3 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-emerald-900">Version {String(restored)} was restored as version {event.version}.</p> : null}
      </div>
      <StatusControls
        key={event.version}
        action={transitionEventAction}
        id={event.id}
        version={event.version}
        status={event.status}
        publishedAt={event.publishedAt?.toISOString() ?? null}
        allowed={allowedTransitions(event.status)}
      />
      <EventForm action={saveEventAction} id={event.id} version={event.version} fields={event.fields} specialties={await listSpecialtyOptions()} labels={EVENT_FIELD_LABELS} coverImage={await coverImageForEditor(event.fields.coverImageId ? Number(event.fields.coverImageId) : null, event.fields.coverImageAlt || null)} maxUploadBytes={maxUploadBytes()} />
    </div>
  );
}
