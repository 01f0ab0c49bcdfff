/*
 * Dates and durations as readers see them. Publication dates are shown in UTC so a page
 * renders the same wherever it is built; event times are shown in the event's own zone,
 * with the zone named, because that is where the doctor has to be.
 */

const LOCALE = 'en-GB';

const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "12 March 2026" from a timestamp or an ISO date (YYYY-MM-DD). */
export function formatDate(value: Date | string): string {
  return dateFormat.format(toDate(value));
}

/** The machine-readable form for <time dateTime>. */
export function toIsoDate(value: Date | string): string {
  return toDate(value).toISOString().slice(0, 10);
}

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
}

function parts(date: Date, timeZone: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of new Intl.DateTimeFormat(LOCALE, { ...options, timeZone }).formatToParts(date)) out[p.type] = p.value;
  return out;
}

function dayIn(date: Date, timeZone: string): string {
  const p = parts(date, timeZone, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

function timeIn(date: Date, timeZone: string): string {
  const p = parts(date, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${p.hour}:${p.minute}`;
}

/**
 * The zone as a place: "Los Angeles time", "Kolkata time". Offsets like "GMT-8" are what
 * en-GB gives for most zones outside Europe, and they mean little to a reader.
 */
export function zonePlace(timeZone: string): string {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 'UTC';
  const city = timeZone.split('/').pop() ?? timeZone;
  return `${city.replace(/_/g, ' ')} time`;
}

/** The zone's full name at that moment, e.g. "Pacific Standard Time". */
export function zoneName(date: Date, timeZone: string): string {
  return parts(date, timeZone, { timeZoneName: 'long' }).timeZoneName ?? timeZone;
}

/** "Thu 17 Dec 2026, 08:00 Los Angeles time": compact, for lists. */
export function formatEventStart(startsAt: Date, timeZone: string): string {
  return `${dayIn(startsAt, timeZone)}, ${timeIn(startsAt, timeZone)} ${zonePlace(timeZone)}`;
}

/**
 * The whole span in the event's zone, the zone written out:
 * "Tue 13 Oct 2026, 09:00–17:00 Vienna time (Central European Summer Time)" on one day,
 * "Tue 13 Oct 2026, 09:00 – Thu 15 Oct 2026, 17:00 Vienna time (…)" across days.
 */
export function formatEventSpan(startsAt: Date, endsAt: Date, timeZone: string): string {
  const startDay = dayIn(startsAt, timeZone);
  const endDay = dayIn(endsAt, timeZone);
  const zone = `${zonePlace(timeZone)} (${zoneName(startsAt, timeZone)})`;
  if (startDay === endDay) return `${startDay}, ${timeIn(startsAt, timeZone)}–${timeIn(endsAt, timeZone)} ${zone}`;
  return `${startDay}, ${timeIn(startsAt, timeZone)} – ${endDay}, ${timeIn(endsAt, timeZone)} ${zone}`;
}

/** "1 h 5 min", "42 min", "50 s": readable aloud as well as on screen. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return m > 0 ? `${h} h ${m} min` : `${h} h`;
  if (m > 0) return s >= 30 && m < 10 ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}

/** ISO 8601 duration for <time dateTime>, e.g. "PT1H5M12S". */
export function toIsoDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

/**
 * ISO 8601 with the zone's offset at that moment, e.g. "2026-10-13T09:00:00+02:00": what
 * schema.org's Event wants, so a crawler shows the local time and knows the instant.
 */
export function toZonedIsoString(date: Date, timeZone: string): string {
  const p = parts(date, timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const wallClock = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  const offsetMinutes = Math.round((wallClock - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}
