import { describe, expect, it } from 'vitest';
import { buildEventCalendar, refoldByOctets, type CalendarEventInput } from './calendar';

/*
 * A small line-based reader, the way a calendar app reads the file: physical lines end in
 * CRLF and are at most 75 octets; a line starting with a space or tab continues the one
 * before; TEXT values escape backslash, comma, semicolon and newline.
 */
type ParsedCalendar = { physicalLines: string[]; properties: Array<{ name: string; params: string; value: string }> };

function parseCalendar(text: string): ParsedCalendar {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physicalLines = text.slice(0, -2).split('\r\n');
  const logical: string[] = [];
  for (const line of physicalLines) {
    if (line.startsWith(' ') || line.startsWith('\t')) logical[logical.length - 1] += line.slice(1);
    else logical.push(line);
  }
  const properties = logical.map((line) => {
    const match = /^([A-Z-]+)([^:]*):(.*)$/.exec(line);
    if (!match) throw new Error(`Not a content line: ${line}`);
    return { name: match[1]!, params: match[2]!, value: match[3]! };
  });
  return { physicalLines, properties };
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function valueOf(calendar: ParsedCalendar, name: string): string | undefined {
  return calendar.properties.find((p) => p.name === name)?.value;
}

const congress: CalendarEventInput = {
  id: 42,
  title: 'International Lung Cancer Congress®',
  summary: 'Molecular testing, targeted therapy; immunotherapy, surgery and radiation.',
  startsAt: new Date('2026-10-13T15:00:00Z'),
  endsAt: new Date('2026-10-15T00:00:00Z'),
  venue: 'Hyatt Regency Huntington Beach Resort, Huntington Beach, California',
  updatedAt: new Date('2026-09-01T10:20:30Z'),
  version: 3,
};
const context = { pageUrl: 'https://portal.example/events/international-lung-cancer-congress', host: 'portal.example', productName: 'Hidoc Dr.' };

describe('buildEventCalendar', () => {
  it('writes one VEVENT inside one VCALENDAR with the times in UTC', () => {
    const calendar = parseCalendar(buildEventCalendar(congress, context));
    const names = calendar.properties.map((p) => `${p.name}:${p.name === 'BEGIN' || p.name === 'END' ? p.value : ''}`);
    expect(names[0]).toBe('BEGIN:VCALENDAR');
    expect(names.at(-1)).toBe('END:VCALENDAR');
    expect(names.filter((n) => n === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(names.indexOf('BEGIN:VEVENT')).toBeLessThan(names.indexOf('END:VEVENT'));
    expect(valueOf(calendar, 'VERSION')).toBe('2.0');
    expect(valueOf(calendar, 'PRODID')).toContain('Hidoc Dr.');
    expect(valueOf(calendar, 'DTSTART')).toBe('20261013T150000Z');
    expect(valueOf(calendar, 'DTEND')).toBe('20261015T000000Z');
  });

  it('names the event, its summary, place, page and a stable UID', () => {
    const calendar = parseCalendar(buildEventCalendar(congress, context));
    expect(unescapeText(valueOf(calendar, 'SUMMARY') ?? '')).toBe(congress.title);
    expect(unescapeText(valueOf(calendar, 'DESCRIPTION') ?? '')).toBe(congress.summary);
    expect(unescapeText(valueOf(calendar, 'LOCATION') ?? '')).toBe(congress.venue);
    expect(valueOf(calendar, 'URL')).toBe(context.pageUrl);
    expect(valueOf(calendar, 'UID')).toBe('event-42@portal.example');
    expect(valueOf(calendar, 'SEQUENCE')).toBe('2');
  });

  it('says "Online" when the event has no venue', () => {
    const calendar = parseCalendar(buildEventCalendar({ ...congress, venue: null }, context));
    expect(valueOf(calendar, 'LOCATION')).toBe('Online');
  });

  it('gives the same file on every download of an unchanged event', () => {
    expect(buildEventCalendar(congress, context)).toBe(buildEventCalendar(congress, context));
    const calendar = parseCalendar(buildEventCalendar(congress, context));
    expect(valueOf(calendar, 'DTSTAMP')).toBe('20260901T102030Z');
  });

  it('folds long lines at 75 octets, counting multi-byte characters, and keeps the text whole', () => {
    const title = `Congrès international — thérapies ciblées ✓ ${'é'.repeat(60)} ${'✓'.repeat(40)}`;
    const summary = `${'Résumé; with commas, and accents. '.repeat(12)}😀 end`;
    const text = buildEventCalendar({ ...congress, title, summary }, context);
    const calendar = parseCalendar(text);
    for (const line of calendar.physicalLines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(calendar.physicalLines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
    expect(unescapeText(valueOf(calendar, 'SUMMARY') ?? '')).toBe(title);
    expect(unescapeText(valueOf(calendar, 'DESCRIPTION') ?? '')).toBe(summary);
    // A fold never splits a character: every physical line is valid UTF-8 by itself.
    for (const line of calendar.physicalLines) expect(line).not.toContain('\uFFFD');
  });
});

describe('refoldByOctets', () => {
  it('leaves short lines alone and ends the file with CRLF', () => {
    expect(refoldByOctets('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });

  it('rejoins a tab-folded line before folding it again by octets', () => {
    const folded = refoldByOctets(`SUMMARY:${'ä'.repeat(40)}\r\n\t${'ä'.repeat(40)}\r\n`);
    const lines = folded.slice(0, -2).split('\r\n');
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${'ä'.repeat(80)}`);
  });
});
