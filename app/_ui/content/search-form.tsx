import { MAX_QUERY_LENGTH, SEARCH_KINDS, searchKindLabels, type SearchKind } from '@/lib/content/search-input';

export type SpecialtyChoice = { slug: string; name: string };

/**
 * The search form: a plain GET form to /search, so it works before (and without) any
 * JavaScript and every search has an address to share. It keeps what the reader typed and
 * chose; a message about the query sits next to the field and is tied to it with
 * aria-describedby, so a screen reader reads it with the field.
 */
export function SearchForm({
  q,
  kind,
  specialty,
  specialties,
  error,
}: {
  q: string;
  kind: SearchKind | null;
  specialty: string | null;
  specialties: SpecialtyChoice[];
  /** A message about the query (too long, nothing to search for), or null. */
  error: string | null;
}) {
  const control =
    'block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-700';
  return (
    <form action="/search" method="get" role="search" aria-label="Search the portal" className="space-y-4">
      <div>
        <label htmlFor="search-q" className="block font-semibold text-slate-900">
          Search for
        </label>
        <p id="search-q-hint" className="mt-1 text-sm text-slate-700">
          Put a phrase in &quot;quotes&quot;, and a minus before a word to leave it out (up to {MAX_QUERY_LENGTH}{' '}
          characters).
        </p>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row">
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={q}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={error ? 'search-q-error search-q-hint' : 'search-q-hint'}
            aria-invalid={error ? true : undefined}
            className={`${control} ${error ? 'border-red-700' : ''}`}
          />
          <button
            type="submit"
            className="inline-flex min-h-11 shrink-0 items-center justify-center rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900"
          >
            Search
          </button>
        </div>
        {error ? (
          <p id="search-q-error" className="mt-2 font-medium text-red-800">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="search-kind" className="block text-sm font-semibold text-slate-900">
            Kind
          </label>
          <select id="search-kind" name="kind" defaultValue={kind ?? ''} className={`${control} mt-1`}>
            <option value="">Everything</option>
            {SEARCH_KINDS.map((k) => (
              <option key={k} value={k}>
                {searchKindLabels[k].many}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="search-specialty" className="block text-sm font-semibold text-slate-900">
            Specialty
          </label>
          <select id="search-specialty" name="specialty" defaultValue={specialty ?? ''} className={`${control} mt-1`}>
            <option value="">All specialties</option>
            {specialties.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      </div>
    </form>
  );
}
