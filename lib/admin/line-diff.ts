/*
 * A line diff for comparing a revision's body with the current one: the longest common
 * subsequence of lines, answered as kept, removed and added lines in order. Bodies are at most
 * 20,000 characters, so the table stays small; past MAX_CELLS it falls back to "all removed,
 * all added" rather than spend the request on it.
 */

export type DiffLine = { change: 'same' | 'removed' | 'added'; text: string };

const MAX_CELLS = 4_000_000;

export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length * b.length > MAX_CELLS) {
    return [...a.map((text) => ({ change: 'removed' as const, text })), ...b.map((text) => ({ change: 'added' as const, text }))];
  }
  // lengths[i][j]: the LCS of a[i..] and b[j..].
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ change: 'same', text: a[i]! });
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      out.push({ change: 'removed', text: a[i]! });
      i += 1;
    } else {
      out.push({ change: 'added', text: b[j]! });
      j += 1;
    }
  }
  while (i < a.length) out.push({ change: 'removed', text: a[i++]! });
  while (j < b.length) out.push({ change: 'added', text: b[j++]! });
  return out;
}
