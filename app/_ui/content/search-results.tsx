import Link from 'next/link';
import type { SearchHit, SearchResults as Results } from '@/lib/content/search';
import { SEARCH_PAGE_SIZE, searchHref, searchKindLabels, type SearchParams } from '@/lib/content/search-input';
import { DateText, EventTime } from './meta';
import { PageLinks } from './pagination';

/**
 * One page of search results. Titles and snippets arrive as HTML built by lib/content/search
 * (the stored text escaped, only <mark> added), which is why they may be set as HTML here.
 */
export function SearchResults({ results, params }: { results: Results; params: SearchParams }) {
  const { items, total, isTotalCapped, page, totalPages } = results;
  const first = (page - 1) * SEARCH_PAGE_SIZE + 1;
  return (
    <section aria-labelledby="search-results-heading" className="mt-8">
      <h2 id="search-results-heading" className="text-xl font-bold text-slate-900">
        {total === 0 ? 'No results' : isTotalCapped ? `More than ${total} results` : `${total} ${total === 1 ? 'result' : 'results'}`}
        <span className="sr-only"> for {results.query}</span>
      </h2>
      {total === 0 ? (
        <div className="mt-3 space-y-2 text-slate-800">
          <p>Nothing published matches &quot;{results.query}&quot;{params.kind || params.specialty ? ' with these filters' : ''}.</p>
          <p>Check the spelling, use fewer or more general words{params.kind || params.specialty ? ', or search everything' : ''}.</p>
          {params.kind || params.specialty ? (
            <p>
              <Link href={searchHref({ q: params.q })} className="link">
                Search everything for &quot;{results.query}&quot;
              </Link>
            </p>
          ) : null}
        </div>
      ) : items.length === 0 ? (
        <p className="mt-3 text-slate-800">
          This page is past the last result.{' '}
          <Link href={searchHref({ ...params, page: 1 })} className="link">
            Back to the first page
          </Link>
        </p>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">
            {totalPages > 1 ? `Showing ${first}–${first + items.length - 1}, best matches first.` : 'Best matches first.'}
            {isTotalCapped ? ' Only the newest matches are ranked: add words to narrow the search.' : null}
          </p>
          <ol className="mt-4 divide-y divide-slate-200" start={first}>
            {items.map((hit) => (
              <SearchResultItem key={`${hit.kind}-${hit.slug}`} hit={hit} />
            ))}
          </ol>
          <PageLinks page={page} totalPages={totalPages} href={(n) => searchHref({ ...params, page: n })} prefetch={false} />
        </>
      )}
    </section>
  );
}

function SearchResultItem({ hit }: { hit: SearchHit }) {
  return (
    <li className="py-5">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
        <span className="rounded bg-brand-50 px-1.5 py-0.5 font-semibold text-brand-800">{searchKindLabels[hit.kind].one}</span>
        {hit.access !== 'public' ? (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 font-semibold text-amber-900">Members</span>
        ) : null}
        {hit.specialty ? (
          <>
            <span className="sr-only">, </span>
            <Link href={`/specialties/${hit.specialty.slug}`} className="link font-normal">
              {hit.specialty.name}
            </Link>
          </>
        ) : null}
        <span aria-hidden="true">·</span>
        <span className="sr-only">, </span>
        {hit.kind === 'event' && hit.timeZone ? (
          <EventTime startsAt={hit.date} timeZone={hit.timeZone} />
        ) : (
          <DateText value={hit.date} />
        )}
      </p>
      <h3 className="mt-1 text-lg font-semibold">
        <Link
          href={hit.href}
          className="text-slate-900 underline-offset-2 hover:text-brand-800 hover:underline [&_mark]:bg-amber-100 [&_mark]:text-inherit"
        >
          <span dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
        </Link>
      </h3>
      <p
        className="mt-1 text-slate-800 [&_mark]:rounded-sm [&_mark]:bg-amber-100 [&_mark]:px-0.5 [&_mark]:font-semibold [&_mark]:text-slate-900"
        dangerouslySetInnerHTML={{ __html: hit.snippetHtml }}
      />
    </li>
  );
}

