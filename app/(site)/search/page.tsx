import type { Metadata } from 'next';
import { IndexPage } from '@/app/_ui/content/index-page';
import { SearchForm } from '@/app/_ui/content/search-form';
import { SearchResults } from '@/app/_ui/content/search-results';
import { searchContent } from '@/lib/content/search';
import { isQueryTooLong, parseSearchParams, searchKindLabels } from '@/lib/content/search-input';
import { listSpecialties } from '@/lib/content/specialties';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const intro = 'Condition articles, news, articles, events and videos, best matches first.';

// Every search is its own page, read per request; there is nothing to cache ahead.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = parseSearchParams(await searchParams);
  if (params.q === '') return { title: 'Search', description: intro, alternates: { canonical: '/search' } };
  // Result pages are endless and change daily: keep them out of search engines' indexes.
  const shown = isQueryTooLong(params.q) ? 'Search' : `Search: ${params.q}`;
  return { title: shown, robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = parseSearchParams(await searchParams);
  const specialties = await listSpecialties();
  // An unknown specialty is dropped rather than searched, so the form shows what was searched.
  const specialty = specialties.find((s) => s.slug === params.specialty)?.slug ?? null;
  const outcome =
    params.q === '' ? null : await searchContent({ q: params.q, kind: params.kind, specialty, page: params.page });
  const error = outcome && !outcome.ok && outcome.reason !== 'empty' ? outcome.message : null;

  return (
    <IndexPage title="Search" intro={intro}>
      <SearchForm
        q={params.q}
        kind={params.kind}
        specialty={specialty}
        specialties={specialties}
        error={error}
      />
      {outcome === null ? (
        <p className="mt-8 rounded-lg border border-slate-200 bg-slate-50 p-4 text-slate-800">
          Type a word or phrase above, for example <em>calcinosis</em>, <em>&quot;lung cancer&quot; -screening</em> or{' '}
          <em>lymphoma or myeloma</em>. You can narrow the search to one kind ({Object.values(searchKindLabels)
            .map((l) => l.many.toLowerCase())
            .join(', ')}) or one specialty.
        </p>
      ) : outcome.ok ? (
        <SearchResults results={outcome} params={{ ...params, specialty }} />
      ) : null}
    </IndexPage>
  );
}
