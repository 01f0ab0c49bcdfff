import { createEvent, type EventAttributes } from 'ics';

/*
 * An event as an iCalendar file (RFC 5545) that calendar apps import: one VEVENT with the
 * times in UTC, so no VTIMEZONE is needed and every app shows the right local time.
 */

export type CalendarEventInput = {
  id: number;
  title: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  updatedAt: Date;
  /** The event's edit counter, from 1: calendar apps replace a copy with a higher SEQUENCE. */
  version: number;
};

export type CalendarContext = {
  /** The event page's absolute address: the file's URL. */
  pageUrl: string;
  /** This site's host name: the UID is `event-<id>@<host>`, the same in every download. */
  host: string;
  /** Names the producer in PRODID, e.g. the site name. */
  productName: string;
};

const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** The UID of an event's calendar entry: stable, so a second import updates the first. */
export function toCalendarUid(eventId: number, host: string): string {
  return `event-${eventId}@${host}`;
}

/** The file's text, CRLF line ends, lines folded at 75 octets. Throws if ics rejects the event. */
export function buildEventCalendar(event: CalendarEventInput, context: CalendarContext): string {
  // ics stamps DTSTAMP with the time of the call unless told; the last edit keeps the file
  // the same from one download to the next, which a cached response needs.
  const attributes: EventAttributes & { timestamp: number } = {
    uid: toCalendarUid(event.id, context.host),
    productId: `-//${context.productName}//Events//EN`,
    title: event.title,
    description: event.summary,
    location: event.venue ?? 'Online',
    url: context.pageUrl,
    start: event.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: event.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    sequence: Math.max(0, event.version - 1),
    timestamp: event.updatedAt.getTime(),
    lastModified: event.updatedAt.getTime(),
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) throw error ?? new Error('ics returned no calendar.');
  return refoldByOctets(value);
}

/**
 * ics folds lines after 75 characters, but RFC 5545 counts octets: a title with accents or
 * symbols would overrun. Unfold its output and fold again by UTF-8 length, never inside a
 * character.
 */
export function refoldByOctets(calendar: string): string {
  const lines = calendar.replace(/\r\n[ \t]/g, '').split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  // A continuation line starts with one space, which counts against its 75.
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}
