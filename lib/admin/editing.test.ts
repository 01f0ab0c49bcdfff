import { describe, expect, it } from 'vitest';
import { applyTransition, instantToZoned, isHttpUrl, isSeenByReaders, isTimeZone, slugFromTitle, zonedToInstant } from './editing';

describe('editing rules', () => {
  it('makes slugs from titles, accents dropped', () => {
    expect(slugFromTitle('  Café Cardiology: 2026 Update! ')).toBe('cafe-cardiology-2026-update');
    expect(slugFromTitle('???')).toBe('untitled');
  });

  it('knows IANA zones and reads wall-clock times in them, across a change of clocks', () => {
    expect(isTimeZone('Europe/Vienna')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(zonedToInstant('2026-01-15T09:00', 'Europe/Vienna')?.toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(zonedToInstant('2026-07-15T09:00', 'Europe/Vienna')?.toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(zonedToInstant('2026-05-01T09:00', 'Asia/Kolkata')?.toISOString()).toBe('2026-05-01T03:30:00.000Z');
    expect(zonedToInstant('2026-02-30T09:00', 'UTC')).toBeNull();
    expect(instantToZoned(new Date('2026-07-15T07:00:00Z'), 'Europe/Vienna')).toBe('2026-07-15T09:00');
  });

  it('accepts only http(s) addresses', () => {
    expect(isHttpUrl('https://example.org/a')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('data:text/html,x')).toBe(false);
  });

  it('allows draft → scheduled/published → archived and unpublish back to draft, nothing else', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(applyTransition({ status: 'draft', publishedAt: null }, 'publish', null, now)).toEqual({ status: 'published', publishedAt: now });
    expect(applyTransition({ status: 'draft', publishedAt: null }, 'schedule', new Date('2025-01-01'), now)).toMatchObject({ field: 'publishAt' });
    expect(applyTransition({ status: 'published', publishedAt: now }, 'unpublish', null, now)).toEqual({ status: 'draft', publishedAt: null });
    expect(applyTransition({ status: 'published', publishedAt: now }, 'publish', null, now)).toMatchObject({ error: 'A published item cannot be published.' });
    expect(applyTransition({ status: 'archived', publishedAt: now }, 'publish', null, now)).toHaveProperty('error');
  });

  it('refreshes readers\' pages for an edit they see (now or at its time) and for every change of status, not for a draft\'s edit', () => {
    expect(isSeenByReaders({ status: 'published' }, { status: 'published' })).toBe(true);
    expect(isSeenByReaders({ status: 'scheduled' }, { status: 'scheduled' })).toBe(true);
    expect(isSeenByReaders({ status: 'published' }, { status: 'draft' })).toBe(true);
    expect(isSeenByReaders({ status: 'draft' }, { status: 'draft' })).toBe(false);
    expect(isSeenByReaders({ status: 'archived' }, { status: 'archived' })).toBe(false);
  });
});
