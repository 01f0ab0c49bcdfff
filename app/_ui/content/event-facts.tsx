import Link from 'next/link';
import type { EventDetail } from '@/lib/content/events';
import { pathForEvent, toSafeHttpUrl } from '@/lib/content/paths';
import { EventTime, placeLabel } from './meta';

/**
 * When, where and who for one event, and what a doctor does next: add it to a calendar,
 * register. Times are the event's own, with its zone named. Outside links say where they go.
 */
export function EventFacts({ event }: { event: EventDetail }) {
  const joinUrl = toSafeHttpUrl(event.virtualUrl);
  const registerUrl = toSafeHttpUrl(event.registrationUrl);
  const calendarHref = `${pathForEvent(event.slug)}/calendar.ics`;
  const actionClass = 'inline-flex min-h-11 items-center rounded-md px-4 py-2 font-semibold';
  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-base sm:p-5">
      {event.hasEnded ? <p className="mb-3 font-semibold text-amber-900">This event has ended.</p> : null}
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold text-slate-900">When</dt>
        <dd data-testid="event-when">
          <EventTime startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} span />
        </dd>
        <dt className="font-semibold text-slate-900">Where</dt>
        <dd data-testid="event-where">
          {placeLabel(event.venue)}
          {joinUrl ? (
            <>
              <span aria-hidden="true"> · </span>
              <a href={joinUrl} rel="noopener noreferrer" className="link">
                {event.venue ? 'Or join online' : 'Join online'}
                <span className="sr-only"> (organiser&rsquo;s site)</span>
              </a>
            </>
          ) : null}
        </dd>
        <dt className="font-semibold text-slate-900">Organiser</dt>
        <dd data-testid="event-organiser">{event.organiser}</dd>
        {event.specialty ? (
          <>
            <dt className="font-semibold text-slate-900">Specialty</dt>
            <dd>
              <Link href={`/specialties/${event.specialty.slug}`} className="link">
                {event.specialty.name}
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="mt-4 flex flex-wrap gap-3">
        {event.hasEnded ? null : (
          <a href={calendarHref} download={`${event.slug}.ics`} className={`${actionClass} border border-brand-800 bg-white text-brand-800 hover:bg-brand-50`}>
            Add to calendar<span className="sr-only"> (.ics file)</span>
          </a>
        )}
        {registerUrl && !event.hasEnded ? (
          <a href={registerUrl} rel="noopener noreferrer" className={`${actionClass} bg-brand-800 text-white hover:bg-brand-900`}>
            Register on the organiser&rsquo;s site
            <span aria-hidden="true">&nbsp;↗</span>
          </a>
        ) : null}
      </p>
    </div>
  );
}
