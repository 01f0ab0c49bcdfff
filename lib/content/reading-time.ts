/** Words a reader gets through in a minute: the usual figure for reading on screen. */
export const WORDS_PER_MINUTE = 200;

/**
 * Minutes to read a markdown body: its words divided by 200, rounded up, at least 1.
 * Markdown punctuation, link targets and HTML tags are not words, so they are left out.
 */
export function countReadingMinutes(markdown: string): number {
  const text = markdown
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_>`~[\]|-]+/g, ' ');
  const words = text.match(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** "5 min read". */
export function formatReadingTime(minutes: number): string {
  return `${minutes} min read`;
}
