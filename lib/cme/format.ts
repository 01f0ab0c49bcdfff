/**
 * Credits as a person reads them: the stored decimal ("1.50", numeric(4,2)) without trailing
 * zeros ("1.5", "2"). Works on the text, never through a float.
 */
export function formatCredits(credits: string): string {
  if (!credits.includes('.')) return credits;
  return credits.replace(/0+$/, '').replace(/\.$/, '');
}

const issueDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** A certificate's date of issue as it prints: its day in UTC, e.g. "29 November 2026". */
export function formatIssueDate(issuedAt: Date): string {
  return issueDate.format(issuedAt);
}
