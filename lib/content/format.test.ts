import { describe, expect, it } from 'vitest';
import { formatDate, formatDuration, formatEventSpan, formatEventStart, toIsoDuration, toZonedIsoString } from './format';

describe('event times', () => {
  // 07:00 UTC in October is 09:00 in Vienna (summer time) and 12:30 in Kolkata.
  const start = new Date('2026-10-13T07:00:00Z');
  const sameDayEnd = new Date('2026-10-13T15:00:00Z');

  it("shows the start in the event's own zone with the zone named", () => {
    expect(formatEventStart(start, 'Europe/Vienna')).toBe('Tue 13 Oct 2026, 09:00 Vienna time');
    expect(formatEventStart(start, 'Asia/Kolkata')).toBe('Tue 13 Oct 2026, 12:30 Kolkata time');
    expect(formatEventStart(start, 'America/Los_Angeles')).toBe('Tue 13 Oct 2026, 00:00 Los Angeles time');
  });

  it('gives a one-day event one date, a time range and the full zone name', () => {
    expect(formatEventSpan(start, sameDayEnd, 'Europe/Vienna')).toBe(
      'Tue 13 Oct 2026, 09:00–17:00 Vienna time (Central European Summer Time)',
    );
  });

  it('gives an event across days both dates', () => {
    const end = new Date('2026-10-15T15:00:00Z');
    expect(formatEventSpan(start, end, 'Europe/Vienna')).toBe(
      'Tue 13 Oct 2026, 09:00 – Thu 15 Oct 2026, 17:00 Vienna time (Central European Summer Time)',
    );
  });

  it('uses the date of the zone, not of UTC, near midnight', () => {
    expect(formatEventStart(new Date('2026-03-01T23:30:00Z'), 'Asia/Tokyo')).toBe('Mon 2 Mar 2026, 08:30 Tokyo time');
  });
});

describe('formatDate', () => {
  it('reads timestamps and ISO dates the same way', () => {
    expect(formatDate(new Date('2026-03-12T10:00:00Z'))).toBe('12 March 2026');
    expect(formatDate('2026-03-12')).toBe('12 March 2026');
  });
});

describe('durations', () => {
  it('reads aloud well', () => {
    expect(formatDuration(3900)).toBe('1 h 5 min');
    expect(formatDuration(3600)).toBe('1 h');
    expect(formatDuration(42 * 60 + 10)).toBe('42 min');
    expect(formatDuration(5 * 60 + 40)).toBe('5 min 40 s');
    expect(formatDuration(50)).toBe('50 s');
  });

  it('has an ISO form for machines', () => {
    expect(toIsoDuration(3912)).toBe('PT1H5M12S');
    expect(toIsoDuration(2520)).toBe('PT42M');
    expect(toIsoDuration(0)).toBe('PT0S');
  });
});

describe('toZonedIsoString', () => {
  it("writes the event's local time with the offset in force that day", () => {
    expect(toZonedIsoString(new Date('2026-10-13T07:00:00Z'), 'Europe/Vienna')).toBe('2026-10-13T09:00:00+02:00');
    expect(toZonedIsoString(new Date('2026-12-13T08:00:00Z'), 'Europe/Vienna')).toBe('2026-12-13T09:00:00+01:00');
    expect(toZonedIsoString(new Date('2026-10-13T07:00:00Z'), 'Asia/Kolkata')).toBe('2026-10-13T12:30:00+05:30');
    expect(toZonedIsoString(new Date('2026-12-17T16:00:00Z'), 'America/Los_Angeles')).toBe('2026-12-17T08:00:00-08:00');
    expect(toZonedIsoString(new Date('2026-03-01T23:30:00Z'), 'UTC')).toBe('2026-03-01T23:30:00+00:00');
  });

  it('names the same instant as the UTC time it came from', () => {
    const instant = new Date('2026-11-01T08:30:00Z');
    for (const zone of ['America/New_York', 'Asia/Kolkata', 'Australia/Adelaide', 'Pacific/Chatham']) {
      expect(new Date(toZonedIsoString(instant, zone)).getTime(), zone).toBe(instant.getTime());
    }
  });
});
