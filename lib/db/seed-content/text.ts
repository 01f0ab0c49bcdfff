/** Joins markdown blocks with blank lines, so long bodies read as a list of paragraphs. */
export function joinBlocks(...blocks: string[]): string {
  return blocks.join('\n\n');
}
