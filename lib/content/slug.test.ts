import { describe, expect, it } from 'vitest';
import { isSlug } from './slug';

describe('isSlug', () => {
  it.each(['calcinosis', 'part-2', 'a1-b2-c3'])('accepts %s', (slug) => expect(isSlug(slug)).toBe(true));
  it.each(['', 'Calcinosis', 'two--dashes', '-lead', 'trail-', 'with space', '../etc/passwd', 'ümlaut', 'a'.repeat(121)])(
    'refuses %j before any query',
    (slug) => expect(isSlug(slug)).toBe(false),
  );
  it('takes a shorter limit where the column is shorter', () => {
    expect(isSlug('a'.repeat(81), 80)).toBe(false);
    expect(isSlug('a'.repeat(80), 80)).toBe(true);
  });
});
