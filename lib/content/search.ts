import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { db, type Executor } from '@/lib/db/client';
import type { Access } from '@/lib/db/schema';
import { escapeHtml } from '@/lib/security/html';
import { anonymousViewer, canReadFullSql, type ContentViewer } from './access';
import { pathForEvent, pathForPost, pathForVideo } from './paths';
import { isLiveAs } from './published';
import {
  cleanQuery,
  countCharacters,
  isPostKind,
  isQueryTooLong,
  MAX_QUERY_LENGTH,
  CANDIDATE_LIMIT,
  MAX_SEARCH_PAGE,
  SEARCH_PAGE_SIZE,
  type SearchKind,
} from './search-input';

/*
 * Full-text search over everything published: posts, events and videos, through each
 * table's generated search columns (drizzle/0003 to 0006, 0014; see matchConditions for which
 * does what): `search_vector` (title A, summary B, body C, with positions), `search_words` and
 * `search_pairs` made from it, `search_open` (title and summary alone) and `search_title`.
 *
 * Rows the reader may not read in full (canReadFullSql: the search page renders for the
 * anonymous reader, so the members-only rows): they match, rank and show a snippet on their
 * title and summary ONLY. Their body is in search_vector too, so we cannot simply
 * test `search_vector @@ query` for them: with an exclusion ("calcinosis -protocol") the
 * answer would tell a stranger whether the hidden body contains a word. Such a row is tested
 * and ranked on search_open instead, where title and summary keep the positions they have in
 * search_vector, so phrases behave the same. To keep the GIN indexes in play, every row must
 * first match the query's indexable part (PostgreSQL's `querytree`: the query with its
 * negations removed), which any title+summary match implies.
 */

export type SearchHit = {
  kind: SearchKind;
  slug: string;
  href: string;
  title: string;
  /** The title as HTML: escaped, with the matched words in <mark>. */
  titleHtml: string;
  /** A passage as HTML: escaped, with the matched words in <mark>. Never from a members-only body. */
  snippetHtml: string;
  access: Access;
  /** Publication date; for an event, when it starts (shown in its own zone). */
  date: Date;
  /** An event's IANA zone; null for other kinds. */
  timeZone: string | null;
  specialty: { slug: string; name: string } | null;
};

export type SearchResults = {
  ok: true;
  query: string;
  items: SearchHit[];
  /** Matches found, at most CANDIDATE_LIMIT. */
  total: number;
  /** More than CANDIDATE_LIMIT match: only the newest of them (and a page of the newest title matches) were ranked. */
  isTotalCapped: boolean;
  page: number;
  totalPages: number;
};

export type SearchRefusal = {
  ok: false;
  query: string;
  /**
   * empty: nothing typed; too-long: over the limit; no-terms: only common or excluded words;
   * too-broad: the search ran past its time limit.
   */
  reason: 'empty' | 'too-long' | 'no-terms' | 'too-broad';
  message: string;
};

export type SearchOutcome = SearchResults | SearchRefusal;

export type SearchRequest = {
  q: string;
  kind?: SearchKind | null;
  specialty?: string | null;
  page?: number;
};

const refusals: Record<SearchRefusal['reason'], string> = {
  empty: 'Type a word or phrase to search for.',
  'too-long': `Use at most ${MAX_QUERY_LENGTH} characters.`,
  'no-terms':
    'Add a more specific word: very common words (such as "the") and words marked with a minus cannot be searched for on their own.',
  'too-broad': 'That search matches too much to sort in time. Add another word or use a "quoted phrase".',
};


/** A public search may not hold a database connection longer than this. */
const SEARCH_TIME_LIMIT_MS = 2_000;

// Unlikely in any text, and removed from the text before ts_headline sees it.
const MARK_START = '\u0002';
const MARK_END = '\u0003';
const MARKS = `StartSel=${MARK_START}, StopSel=${MARK_END}`;
// One passage, not fragments: PostgreSQL's fragment mode costs several times as much per row.
const SNIPPET_OPTIONS = `${MARKS}, MaxWords=35, MinWords=15, ShortWord=3`;
const WHOLE_OPTIONS = `${MARKS}, HighlightAll=true`;
/** How much of a body a snippet is chosen from, and how much of it comes before the first match. */
const SNIPPET_WINDOW_CHARS = 300;
const SNIPPET_LEAD_CHARS = 100;

const QUERY_TOKEN = /'((?:[^']|'')*)'(:[*A-Da-d]+)?|<->|<\d+>|[&|!()]/g;

export type WordPairs = {
  /** A query over search_pairs: 'chronic kidney' & 'kidney diseas'. */
  query: string;
  /** The pairs say all the query does (two-word phrases, nothing else): no other check needed. */
  isExact: boolean;
};

/**
 * The word pairs every match must hold, for the search_pairs column and its index
 * (drizzle/0003_search_word_pairs.sql): each quoted phrase the query requires gives its
 * neighbouring words, 'chronic' <-> 'kidney' <-> 'diseas' the pairs 'chronic kidney' and
 * 'kidney diseas'. Null when nothing is required that way: no phrase, a phrase only under a
 * minus, any "or" (then no phrase is required of every match), or a phrase with a gap left by
 * a dropped common word (<2>). The words stay as PostgreSQL rendered them, quotes escaped.
 */
export function requiredWordPairs(query: string): WordPairs | null {
  const tokens = [...query.matchAll(QUERY_TOKEN)];
  if (tokens.some((t) => t[0] === '|')) return null;
  const pairs = new Set<string>();
  let isExact = true;
  let depth = 0;
  let conjunct: RegExpExecArray[] = [];
  for (const token of [...tokens, null]) {
    if (token === null || (depth === 0 && token[0] === '&')) {
      const found = phrasePairs(conjunct);
      for (const pair of found) pairs.add(pair);
      // 'a' <-> 'b' holds exactly when the pair 'a b' does: the pair is made from the same positions.
      if (found.length !== 1) isExact = false;
      conjunct = [];
      continue;
    }
    if (token[0] === '(') depth += 1;
    if (token[0] === ')') depth -= 1;
    conjunct.push(token);
  }
  if (pairs.size === 0) return null;
  return { query: [...pairs].map((pair) => `'${pair}'`).join(' & '), isExact };
}

/**
 * word <-> word (<-> word)…, and nothing else: its neighbouring pairs; otherwise none. Not
 * for hyphenated words: PostgreSQL turns follow-up into 'follow-up' <-> 'follow', a pair
 * found wherever the word is, so the pairs index would only add work.
 */
function phrasePairs(tokens: RegExpExecArray[]): string[] {
  if (tokens.length < 3 || tokens.length % 2 === 0) return [];
  const isPlainWord = (t: RegExpExecArray) => t[1] !== undefined && t[2] === undefined && !t[1].includes('-');
  if (!tokens.every((t, i) => (i % 2 === 0 ? isPlainWord(t) : t[0] === '<->'))) return [];
  const pairs: string[] = [];
  for (let i = 0; i + 2 < tokens.length; i += 2) pairs.push(`${tokens[i]![1]} ${tokens[i + 2]![1]}`);
  return pairs;
}

/** The first word of a query as PostgreSQL renders it ('calcinosi' <-> 'manag' gives calcinosi). */
export function firstQueryWord(query: string): string {
  const quoted = /'((?:[^']|'')*)'/.exec(query)?.[1] ?? '';
  return quoted.replace(/''/g, "'").replace(/\\(.)/g, '$1');
}

/**
 * The part of a body a snippet is chosen from: SNIPPET_WINDOW_CHARS around the first place
 * the query's first word appears as a stem (a stem mostly starts its words: 'calcinosi',
 * 'manag'), or the body's start when it does not. ts_headline parses and stems every word it
 * is given, about half a millisecond for a short article: a window keeps each result's cost
 * small whatever the body's length. A window cut inside a word starts after it. Markdown's
 * marks would read as noise in a passage: link texts are kept, the rest of the syntax dropped.
 * (searchQuery takes the summary instead when the word is in it: one short text either way.)
 */
function snippetSource(alias: string, stem: string): SQL {
  const body = sql.raw(`${alias}.body`);
  const start = sql`greatest(1, strpos(lower(${body}), ${stem}) - ${SNIPPET_LEAD_CHARS}::int)`;
  const window = sql`substr(${body}, ${start}, ${SNIPPET_WINDOW_CHARS}::int)`;
  const whole = sql`case when ${start} = 1 then ${window} else regexp_replace(${window}, ${sql.raw(`'^\\S*\\s+'`)}, '') end`;
  return sql`regexp_replace(regexp_replace(regexp_replace(${whole}, ${sql.raw(
    `'!\\[[^\\]]*\\]\\([^)]*\\)', ' ', 'g'), '\\[([^\\]]*)\\]\\([^)]*\\)', '\\1', 'g'), '[#*\`>|~]+', ' ', 'g')`,
  )}`;
}

type Filters = {
  query: string;
  tree: string;
  /** tree with its phrases loosened into plain "and": what search_words can answer. */
  words: string;
  /** requiredWordPairs(tree): what a phrase search may look up in the pairs index. */
  pairs: WordPairs | null;
  kind: SearchKind | null;
  /** null: no filter; id null: an unknown specialty, which nothing matches. */
  specialty: { id: number | null } | null;
  /** Whose search: what a row shows of itself beyond its title and summary depends on it. */
  viewer: ContentViewer;
};

/** The phrase operators of a rendered tsquery: <-> and, across a dropped common word, <2>. */
const PHRASE_OPERATOR = /<(?:-|\d+)>/g;

/** A query with a phrase in it: only search_vector, which keeps positions, can check it. */
const hasPhrase = (query: string) => query.search(PHRASE_OPERATOR) !== -1;

/**
 * How a branch finds its rows: by any of their words (the newest matches), or by their title
 * alone (title matches of any age, which outrank the others: see searchQuery).
 */
type Lookup = 'words' | 'title';

/**
 * The conditions every found row meets, on columns with a job each:
 * - search_words: the vector without positions or weights, small enough to stay in the row,
 *   with the GIN index. It finds rows by their words, and is what a walk through the newest
 *   rows reads for each (search_vector, several times larger, is read from TOAST).
 * - search_pairs: neighbouring word pairs, with their GIN index, for quoted phrases.
 * - search_vector: positions and weights. Phrases are checked on it, only on rows the others
 *   let through.
 * - search_open: title and summary, small and in the row too: all a members-only row is
 *   found by.
 * - search_title: the title, with its GIN index, for title matches of any age.
 * The checks that must not become index conditions are spelled as ts_match_vq, the function
 * @@ calls: as operators the planner could also read the word index for them, a long list
 * for a common word, where the pairs index has already found the few rows that matter.
 */
function matchConditions(alias: string, f: Filters, lookup: Lookup, { hasAccessLevels }: { hasAccessLevels: boolean }): SQL {
  const a = sql.raw(alias);
  const conditions: SQL[] = [];
  if (lookup === 'title') {
    /*
     * The title alone holds everything the query requires, phrases included (its index
     * finds the words, the row's own title vector confirms the phrase). The title keeps its
     * positions in search_vector and search_open, so such a row matches there too: only the
     * exclusions below are left to check.
     */
    conditions.push(sql`${a}.search_title @@ ${f.tree}::tsquery`);
  } else if (f.pairs) {
    /*
     * A phrase of common words ("patient care") is in so many rows that reading the newest
     * rows until enough hold it beats fetching every match the pairs index names. On that
     * walk, the words (in the row) turn most rows away before their pairs (in TOAST) are
     * read. The planner cannot see that difference in cost: it guesses that the words check
     * keeps a third of rows, which leaves the walk to phrases common enough to pay for it.
     */
    conditions.push(sql`ts_match_vq(${a}.search_words, ${f.words}::tsquery)`);
    conditions.push(sql`${a}.search_pairs @@ ${f.pairs.query}::tsquery`);
  } else {
    conditions.push(sql`${a}.search_words @@ ${f.words}::tsquery`);
  }
  // The words (or pairs) found decide unless the query has a phrase they cannot check.
  if (lookup === 'words' && hasPhrase(f.tree) && !f.pairs?.isExact) conditions.push(sql`ts_match_vq(${a}.search_vector, ${f.tree}::tsquery)`);
  // Exclusions, for rows anyone may read.
  const publicMatch =
    f.query === f.tree
      ? sql`true`
      : hasPhrase(f.query)
        ? sql`ts_match_vq(${a}.search_vector, ${f.query}::tsquery)`
        : sql`ts_match_vq(${a}.search_words, ${f.query}::tsquery)`;
  if (!hasAccessLevels) conditions.push(publicMatch);
  else {
    const isReadable = canReadFullSql(f.viewer, alias);
    conditions.push(
      sql`((${isReadable} and ${publicMatch}) or (not (${isReadable}) and ts_match_vq(${a}.search_open, ${f.query}::tsquery)))`,
    );
  }
  return sql.join(conditions, sql` and `);
}

/** Whether a found row's title alone holds what the query requires (see searchQuery). */
const titleHit = (alias: string, f: Filters, lookup: Lookup): SQL =>
  lookup === 'title' ? sql`true` : sql`${sql.raw(alias)}.search_title @@ ${f.tree}::tsquery`;

/** What a row is ranked by: everything for a row the reader may read, title and summary alone for the others. */
const rankedVector = (alias: string, viewer: ContentViewer): SQL =>
  sql`case when ${canReadFullSql(viewer, alias)} then ${sql.raw(alias)}.search_vector else ${sql.raw(alias)}.search_open end`;

/*
 * The specialty as a constant (looked up beforehand), not a subquery: the planner then
 * knows how many rows it keeps, and so whether to walk the listing index or the word index.
 */
function specialtyFilter(alias: string, specialty: Filters['specialty']): SQL {
  if (!specialty) return sql``;
  return specialty.id === null ? sql`and false` : sql`and ${sql.raw(alias)}.specialty_id = ${specialty.id}::int`;
}

/**
 * The conditions of each post branch. Published means: published or scheduled, and its time
 * has come (by the database's clock).
 */
function livePostGroups(f: Filters, lookup: Lookup): SQL[] {
  const kinds = f.kind ? (isPostKind(f.kind) ? [f.kind] : []) : (['condition', 'news', 'article'] as const);
  /*
   * A specialty's items are spread thin over posts_listing_idx (and may be missing from a
   * kind altogether): reading it newest first would visit most of the table. So a specialty
   * search is one branch over every kind, which the planner serves from the word's and the
   * specialty's indexes (or, where one exists, an index on specialty and date). A phrase
   * search, too, is one branch: the pairs index is read once, not once per kind, and a
   * common phrase reads every kind's newest posts at once from posts_published_idx. So does
   * a title search: a word in few titles is read from the title index once, not once per
   * kind (per kind, PostgreSQL would combine it with the kind's own long list of rows).
   */
  const groups: SQL[] =
    (f.specialty || f.pairs || lookup === 'title') && kinds.length > 0 ? [sql.join(kinds.map((k) => sql`${k}`), sql`, `)] : kinds.map((k) => sql`${k}`);
  return groups.map(
    (kind) => sql`p.kind in (${kind}) and ${isLiveAs('p')} ${specialtyFilter('p', f.specialty)}`,
  );
}

/*
 * One branch per kind, each with the leading column of posts_listing_idx as an equality and
 * the index's own predicate (status in published, scheduled), so PostgreSQL can read every
 * branch newest first and merge them: for a query that matches much of the table it then
 * stops after the newest few hundred matches instead of visiting them all. A rare word goes
 * through the GIN index instead. The planner picks, per branch, from the word's statistics.
 */
function postBranches(f: Filters, lookup: Lookup): SQL[] {
  return livePostGroups(f, lookup).map((live) => {
    // A quoted phrase is looked for in every live item, old ones too: the pairs index finds
    // the rows that hold its words side by side, however common each word is on its own.
    return sql`
      select 'post' as source, p.kind, p.id, p.published_at as sort_date, p.published_at as shown_date,
        null::text as time_zone, p.specialty_id, p.access, p.title, p.summary, ${rankedVector('p', f.viewer)} as vec,
        ${titleHit('p', f, lookup)} as title_hit
      from posts p
      where ${live} and ${matchConditions('p', f, lookup, { hasAccessLevels: true })}`;
  });
}

function eventBranches(f: Filters, lookup: Lookup): SQL[] {
  if (f.kind && f.kind !== 'event') return [];
  // Events have no members-only variant: the whole row is public.
  return [
    sql`
      select 'event' as source, 'event' as kind, e.id, e.published_at as sort_date, e.starts_at as shown_date,
        e.time_zone, e.specialty_id, 'public' as access, e.title, e.summary, e.search_vector as vec,
        ${titleHit('e', f, lookup)} as title_hit
      from events e
      where ${isLiveAs('e')}
        and ${matchConditions('e', f, lookup, { hasAccessLevels: false })} ${specialtyFilter('e', f.specialty)}`,
  ];
}

function videoBranches(f: Filters, lookup: Lookup): SQL[] {
  if (f.kind && f.kind !== 'video') return [];
  return [
    sql`
      select 'video' as source, 'video' as kind, v.id, v.published_at as sort_date, v.published_at as shown_date,
        null::text as time_zone, v.specialty_id, v.access, v.title, v.summary, ${rankedVector('v', f.viewer)} as vec,
        ${titleHit('v', f, lookup)} as title_hit
      from videos v
      where ${isLiveAs('v')}
        and ${matchConditions('v', f, lookup, { hasAccessLevels: true })} ${specialtyFilter('v', f.specialty)}`,
  ];
}

/*
 * Each branch sorted and cut on its own: PostgreSQL then merges the branches lazily, reading
 * each one's index only as far as the newest candidates go. (Left as plain UNION ALL members,
 * the branches lose their kind = … equalities from the sort order and every match is read.)
 */
const newestFirst = (branch: SQL, limit: number): SQL => sql`(${branch} order by sort_date desc, id desc limit ${limit})`;

const branchesOf = (f: Filters, lookup: Lookup): SQL[] => [
  ...postBranches(f, lookup),
  ...eventBranches(f, lookup),
  ...videoBranches(f, lookup),
];

/** The newest `limit` rows the branches find, newest first. */
const newestOf = (branches: SQL[], limit: number): SQL => sql`
  select * from (${sql.join(branches.map((branch) => newestFirst(branch, limit)), sql` union all `)}) u
  order by u.sort_date desc, u.id desc
  limit ${limit}`;

/*
 * The candidates ranked are the newest matches and, when needed, a page of the newest title
 * matches besides. A broad word matches more rows than can be ranked in time, and the newest
 * of them alone would leave out an old condition article named by that word, which a reader
 * expects near the top: a title match outranks a body match. The title matches are looked up
 * only when the newest matches were cut off (otherwise they are all in already) and hold less
 * than a page of title matches (otherwise page 1 is full of them already); PostgreSQL skips
 * the lookup otherwise. The count stays the matches': a title match is a match.
 */
function searchQuery(f: Filters, page: number): SQL {
  const noMarks = MARK_START + MARK_END;
  const stem = firstQueryWord(f.tree);
  return sql`
    with matched as (${newestOf(branchesOf(f, 'words'), CANDIDATE_LIMIT + 1)}),
    titled as (
      select * from (${newestOf(branchesOf(f, 'title'), SEARCH_PAGE_SIZE)}) t
      where (select count(*) from matched) > ${CANDIDATE_LIMIT}
        and (select count(*) from matched where title_hit) < ${SEARCH_PAGE_SIZE}
    ),
    candidates as (
      select * from matched
      union all
      select * from titled t where not exists (select 1 from matched m where m.source = t.source and m.id = t.id)
    ),
    ranked as (
      select c.source, c.kind, c.id, c.sort_date, c.shown_date, c.time_zone, c.specialty_id, c.access, c.title, c.summary,
        ts_rank_cd(c.vec, ${f.query}::tsquery) as rank
      from candidates c
    ),
    page as (
      select r.*, count(*) over () as total from ranked r
      order by r.rank desc, r.sort_date desc, r.kind, r.id desc
      limit ${SEARCH_PAGE_SIZE} offset ${(page - 1) * SEARCH_PAGE_SIZE}
    )
    select pg.source, pg.kind, pg.id, pg.shown_date, pg.time_zone, pg.total::int as total, pg.title, pg.summary,
      d.slug, pg.access, s.slug as specialty_slug, s.name as specialty_name,
      ts_headline('english', translate(pg.title, ${noMarks}, ''), ${f.query}::tsquery, ${WHOLE_OPTIONS}) as title_marked,
      case when ${canReadFullSql(f.viewer, 'pg')}
        then ts_headline('english', translate(case when strpos(lower(pg.summary), ${stem}) > 0 then pg.summary else d.body end, ${noMarks}, ''),
          ${f.query}::tsquery, ${SNIPPET_OPTIONS})
        else ts_headline('english', translate(pg.summary, ${noMarks}, ''), ${f.query}::tsquery, ${WHOLE_OPTIONS})
      end as snippet_marked
    from page pg
    cross join lateral (
      select p.slug, case when ${canReadFullSql(f.viewer, 'p')} then ${snippetSource('p', stem)} else '' end as body
      from posts p where pg.source = 'post' and p.id = pg.id
      union all
      select e.slug, ${snippetSource('e', stem)} from events e where pg.source = 'event' and e.id = pg.id
      union all
      select v.slug, case when ${canReadFullSql(f.viewer, 'v')} then ${snippetSource('v', stem)} else '' end
      from videos v where pg.source = 'video' and v.id = pg.id
    ) d
    left join specialties s on s.id = pg.specialty_id
    order by pg.rank desc, pg.sort_date desc, pg.kind, pg.id desc`;
}

type HitRow = {
  source: 'post' | 'event' | 'video';
  kind: SearchKind;
  id: number;
  slug: string;
  title: string;
  summary: string;
  access: Access;
  shown_date: Date;
  time_zone: string | null;
  specialty_slug: string | null;
  specialty_name: string | null;
  title_marked: string;
  snippet_marked: string;
  total: number;
};

/**
 * Searches published content with web-search syntax ("quoted phrase", -exclusion, or).
 * Best match first (title hits above summary hits above body hits), 20 a page. An empty,
 * over-long or unsearchable query is answered with a refusal value, never an exception.
 */
export async function searchContent(request: SearchRequest): Promise<SearchOutcome> {
  const q = cleanQuery(request.q);
  if (q === '') return refuse(q, 'empty');
  if (isQueryTooLong(q)) {
    return { ...refuse(q, 'too-long'), message: `${refusals['too-long']} This search has ${countCharacters(q)}.` };
  }
  const page = Math.min(Math.max(1, Math.trunc(request.page ?? 1) || 1), MAX_SEARCH_PAGE);
  const kind = request.kind ?? null;
  const specialty = request.specialty ?? null;

  try {
    return await runSearch(q, page, kind, specialty);
  } catch (error) {
    // A query broad enough to run past the time limit is the reader's to narrow, not a 500.
    if (isQueryCanceled(error)) return refuse(q, 'too-broad');
    throw error;
  }
}

function isQueryCanceled(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if ((e as { code?: unknown }).code === '57014') return true;
  }
  return false;
}

async function runSearch(q: string, page: number, kind: SearchKind | null, specialty: string | null): Promise<SearchOutcome> {
  return db.transaction(async (tx) => {
    /*
     * postgres.js prepares every statement, and after a few runs PostgreSQL may settle on
     * one generic plan for it. The plan that suits a rare word (the GIN index) is the wrong
     * one for a word found in every post, so this transaction plans each search afresh.
     * Read-only is set here too, not with SET TRANSACTION: one round trip fewer.
     */
    const [parsed] = await tx.execute<{ query: string; tree: string; specialty_id: number | null }>(sql`
      select set_config('transaction_read_only', 'on', true),
        set_config('plan_cache_mode', 'force_custom_plan', true),
        set_config('statement_timeout', ${String(SEARCH_TIME_LIMIT_MS)}, true),
        set_config('max_parallel_workers_per_gather', '0', true),
        websearch_to_tsquery('english', ${q})::text as query,
        querytree(websearch_to_tsquery('english', ${q})) as tree,
        (select s.id from specialties s where s.slug = ${specialty ?? ''}) as specialty_id`);
    // '' : only stop words; 'T' : nothing the index can look up (e.g. only exclusions).
    if (!parsed || parsed.tree === '' || parsed.tree === 'T') return refuse(q, 'no-terms');

    const filters: Filters = {
      query: parsed.query,
      tree: parsed.tree,
      words: parsed.tree.replace(PHRASE_OPERATOR, '&'),
      pairs: requiredWordPairs(parsed.tree),
      kind,
      specialty: specialty === null ? null : { id: parsed.specialty_id },
      // The search page is cached across readers, like every public page.
      viewer: anonymousViewer,
    };
    const rows = await tx.execute<HitRow>(searchQuery(filters, page));
    // A page past the end has no rows to carry the count: count on its own.
    const found = rows[0]?.total ?? (page > 1 ? await countCandidates(tx, filters) : 0);
    const total = Math.min(found, CANDIDATE_LIMIT);
    return {
      ok: true as const,
      query: q,
      items: rows.map(toHit),
      total,
      isTotalCapped: found > CANDIDATE_LIMIT,
      page,
      totalPages: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
    };
  });
}

async function countCandidates(tx: Executor, f: Filters): Promise<number> {
  // Title matches are matches too: the words' branches count them all.
  const branches = branchesOf(f, 'words');
  const [row] = await tx.execute<{ total: number }>(sql`
    select count(*)::int as total from (
      select 1 from (${sql.join(branches, sql` union all `)}) u limit ${CANDIDATE_LIMIT + 1}
    ) capped`);
  return row?.total ?? 0;
}

function refuse(query: string, reason: SearchRefusal['reason']): SearchRefusal {
  return { ok: false, query, reason, message: refusals[reason] };
}

function toHit(row: HitRow): SearchHit {
  const kind = row.kind;
  const href = isPostKind(kind) ? pathForPost(kind, row.slug) : kind === 'event' ? pathForEvent(row.slug) : pathForVideo(row.slug);
  return {
    kind,
    slug: row.slug,
    href,
    title: row.title,
    titleHtml: markedTitle(row.title, row.title_marked),
    snippetHtml: markedSnippet(row),
    access: row.access,
    date: new Date(row.shown_date),
    timeZone: row.time_zone,
    specialty: row.specialty_slug && row.specialty_name ? { slug: row.specialty_slug, name: row.specialty_name } : null,
  };
}

/**
 * ts_headline returns the stored text itself with our two marker characters around the
 * matches. Escape everything first, then turn the markers into <mark>: so the only live
 * tags in the result are ours, whatever the text holds.
 */
export function toMarkedHtml(marked: string): string {
  const html = escapeHtml(marked.replace(/\s+/g, ' ').trim());
  let open = false;
  let out = '';
  for (const ch of html) {
    if (ch === MARK_START && !open) {
      out += '<mark>';
      open = true;
    } else if (ch === MARK_END && open) {
      out += '</mark>';
      open = false;
    } else if (ch !== MARK_START && ch !== MARK_END) {
      out += ch;
    }
  }
  return open ? `${out}</mark>` : out;
}

const stripMarks = (text: string) => text.replace(/[\u0002\u0003]/g, '');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

// In some modes ts_headline drops what its parser takes for HTML tags; a title must read as written.
function markedTitle(title: string, marked: string): string {
  return squash(stripMarks(marked)) === squash(title) ? toMarkedHtml(marked) : escapeHtml(title);
}

function markedSnippet(row: HitRow): string {
  // No match in the passage (a title-only hit): the summary, whole, reads better than a few words.
  if (!row.snippet_marked.includes(MARK_START)) return escapeHtml(row.summary);
  const html = toMarkedHtml(row.snippet_marked);
  // A passage cut from the middle of the text says so at either end.
  const plain = squash(stripMarks(row.snippet_marked));
  const startsText = squash(row.summary).startsWith(plain.slice(0, 40));
  const endsSentence = /[.!?)"”’]$/.test(plain);
  return `${startsText ? '' : '… '}${html}${endsSentence ? '' : ' …'}`;
}
