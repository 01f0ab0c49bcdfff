/*
 * The addresses of CME's public pages. Every list page is a path, never a query string, so
 * each one (a tab, a specialty, a page number) is a cached page of its own:
 *   /cme, /cme/page/2, /cme/specialty/oncology, /cme/specialty/oncology/page/2,
 *   /cme/archive, /cme/archive/page/2, /cme/archive/specialty/oncology, …/page/2
 */

export type CmeListAddress = { archive: boolean; specialty: string | null; page: number };

export function cmeListHref({ archive, specialty, page }: CmeListAddress): string {
  const base = archive ? '/cme/archive' : '/cme';
  const filtered = specialty ? `${base}/specialty/${encodeURIComponent(specialty)}` : base;
  return page > 1 ? `${filtered}/page/${page}` : filtered;
}

export function cmeActivityPath(slug: string): string {
  return `/cme/${slug}`;
}

/** Sign in and come back to the activity, where the full content then shows. */
export function cmeSignInHref(slug: string): string {
  return `/login?callbackUrl=${cmeActivityPath(slug)}`;
}
