import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff';

describe('diffLines', () => {
  it('keeps common lines and marks what was removed and added, in order', () => {
    expect(diffLines('a\nb\nc', 'a\nx\nc\nd')).toEqual([
      { change: 'same', text: 'a' },
      { change: 'removed', text: 'b' },
      { change: 'added', text: 'x' },
      { change: 'same', text: 'c' },
      { change: 'added', text: 'd' },
    ]);
  });

  it('equal texts: every line the same', () => {
    expect(diffLines('one\ntwo', 'one\ntwo').every((line) => line.change === 'same')).toBe(true);
  });
});
