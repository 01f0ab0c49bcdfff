import type { Metadata } from 'next';
import { parseListParams, type ListParams, type RawParam } from '@/lib/content/pagination';
import { getSpecialtyBySlug } from '@/lib/content/specialties';
import { siteName } from '@/lib/site';

/*
 * What every deeper or filtered list page (`/<section>/page/[page]?specialty=…&asOf=…`)
 * shares, whatever it lists: its props, how they are read, and its metadata.
 */

export type ListPageProps = {
  params: Promise<{ page: string }>;
  searchParams: Promise<Record<string, RawParam>>;
};

/** The page, snapshot and filter of the address, or null for a malformed one (a 404). */
export async function readListParams({ params, searchParams }: ListPageProps): Promise<ListParams | null> {
  const [{ page }, query] = await Promise.all([params, searchParams]);
  return parseListParams({ page, asOf: query.asOf, specialty: query.specialty });
}

export function listMetadata(title: string, description: string, canonical: string): Metadata {
  return {
    title,
    description,
    alternates: { canonical },
    openGraph: { type: 'website', title, description, url: canonical, siteName, locale: 'en_GB' },
    // X falls back to og:title and og:description: the same text is not sent twice more.
    twitter: { card: 'summary' },
  };
}

const notFoundMetadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** Title and canonical address of a deeper or filtered list page. */
export async function pagedListMetadata(
  list: { basePath: string; label: string; intro: string },
  props: ListPageProps,
): Promise<Metadata> {
  const params = await readListParams(props);
  if (!params) return notFoundMetadata;
  const active = params.specialty ? await getSpecialtyBySlug(params.specialty) : null;
  if (params.specialty && !active) return notFoundMetadata;
  const name = active ? `${list.label}: ${active.name}` : list.label;
  const title = params.page > 1 ? `${name} (page ${params.page})` : name;
  // The snapshot is left out: every asOf of a page is the same page to a search engine.
  const canonical =
    params.page === 1 && !active ? list.basePath : `${list.basePath}/page/${params.page}${active ? `?specialty=${active.slug}` : ''}`;
  return listMetadata(title, list.intro, canonical);
}
