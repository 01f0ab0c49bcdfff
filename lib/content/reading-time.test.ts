import { describe, expect, it } from 'vitest';
import { countReadingMinutes, formatReadingTime } from './reading-time';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('countReadingMinutes', () => {
  it('divides the words by 200 and rounds up', () => {
    expect(countReadingMinutes(words(200))).toBe(1);
    expect(countReadingMinutes(words(201))).toBe(2);
    expect(countReadingMinutes(words(1000))).toBe(5);
    expect(countReadingMinutes(words(1001))).toBe(6);
  });

  it('says at least one minute, even for an empty body', () => {
    expect(countReadingMinutes('')).toBe(1);
    expect(countReadingMinutes('## Heading')).toBe(1);
  });

  it('does not count markdown syntax, link targets or tags as words', () => {
    const plain = `${words(199)} last`;
    const marked = `## ${words(100)}\n\n- **${words(99)}** [last](https://example.org/a/b/c/d/e/f/g/h) <br> ---`;
    expect(countReadingMinutes(plain)).toBe(1);
    expect(countReadingMinutes(marked)).toBe(1);
    expect(countReadingMinutes(`${marked} extra`)).toBe(2);
  });

  it("counts hyphenated and apostrophe'd words sensibly", () => {
    expect(countReadingMinutes(`${words(199)} patient's`)).toBe(1);
    expect(countReadingMinutes(`${words(199)} well-known`)).toBe(2);
  });
});

describe('formatReadingTime', () => {
  it('reads as a reader expects', () => {
    expect(formatReadingTime(5)).toBe('5 min read');
  });
});
