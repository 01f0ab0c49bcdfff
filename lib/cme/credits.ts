/**
 * Credits as a person reads them: the stored decimal ("1.50", numeric(4,2)) without trailing
 * zeros ("1.5", "2"). Works on the text, never through a float.
 */
export function formatCredits(credits: string): string {
  if (!credits.includes('.')) return credits;
  return credits.replace(/0+$/, '').replace(/\.$/, '');
}
