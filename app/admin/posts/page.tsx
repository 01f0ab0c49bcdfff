import type { Metadata } from 'next';
import Link from 'next/link';
import { PageLinks } from '@/app/_ui/content/pagination';
import { requireStaffPage } from '@/lib/admin/auth';
import { can } from '@/lib/admin/policy';
import { postListFiltersSchema, type PostListFilters } from '@/lib/admin/post-schemas';
import { POST_STATUS_LABELS, postRowsHtml } from '@/lib/admin/post-rows';
import { listPostsForStaff, listSpecialtyOptions } from '@/lib/admin/posts';

export const metadata: Metadata = { title: 'Posts' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function listHref(filters: PostListFilters, page: number): string {
  const query = new URLSearchParams();
  if (filters.kind) query.set('kind', filters.kind);
  if (filters.status) query.set('status', filters.status);
  if (filters.specialty) query.set('specialty', filters.specialty);
  if (filters.awaiting) query.set('awaiting', '1');
  if (filters.q) query.set('q', filters.q);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/admin/posts?${text}` : '/admin/posts';
}

/*
 * The list's cells are styled from the table (descendant selectors), not cell by cell: the rows
 * are plain HTML (postRowsHtml) and carry only their data. Columns 4–5 (author, specialty) show
 * from md up and the date from sm up.
 */
const TABLE = [
  'w-full border-collapse text-left text-sm',
  '[&_thead_tr]:border-b [&_thead_tr]:border-slate-300 [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200 [&_tbody_tr]:align-top',
  '[&_tr>*]:py-2 [&_tr>*]:pr-3 [&_tr>:last-child]:pr-0 [&_tbody_th]:font-normal',
  '[&_tbody_a]:font-semibold [&_tbody_a]:break-words [&_tbody_a]:text-brand-800 [&_tbody_a]:underline [&_tbody_span]:block [&_tbody_span]:text-amber-900',
  'max-md:[&_tr>:nth-child(4)]:hidden max-md:[&_tr>:nth-child(5)]:hidden max-sm:[&_tr>:nth-child(6)]:hidden',
].join(' ');

const CONTROL = 'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 focus:outline-2 focus:outline-offset-1 focus:outline-brand-700';

export default async function AdminPostsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireStaffPage('posts.draft', '/admin/posts');
  const raw = await searchParams;
  const filters = postListFiltersSchema.parse(Object.fromEntries(Object.entries(raw).map(([name, value]) => [name, first(value)])));
  const [list, specialties] = await Promise.all([listPostsForStaff(viewer, filters), listSpecialtyOptions()]);
  const isEditor = can(viewer.role, 'posts.publish');

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Posts</h1>
        <Link href="/admin/posts/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900">
          New post
        </Link>
      </div>
      <p className="text-slate-700">{isEditor ? 'Conditions, news and articles by everyone.' : 'Your own conditions, news and articles.'}</p>

      <form method="get" action="/admin/posts" role="search" aria-label="Filter posts" className="grid gap-4 rounded-md border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <label htmlFor="filter-q" className="block font-semibold text-slate-900">Title contains</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ''} className={CONTROL} />
        </div>
        <div>
          <label htmlFor="filter-kind" className="block font-semibold text-slate-900">Kind</label>
          <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ''} className={CONTROL}>
            <option value="">All kinds</option>
            <option value="condition">Conditions</option>
            <option value="news">News</option>
            <option value="article">Articles</option>
          </select>
        </div>
        <div>
          <label htmlFor="filter-status" className="block font-semibold text-slate-900">Status</label>
          <select id="filter-status" name="status" defaultValue={filters.status ?? ''} className={CONTROL}>
            <option value="">Any status</option>
            {Object.entries(POST_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-specialty" className="block font-semibold text-slate-900">Specialty</label>
          <select id="filter-specialty" name="specialty" defaultValue={filters.specialty ?? ''} className={CONTROL}>
            <option value="">All specialties</option>
            {specialties.map((specialty) => (
              <option key={specialty.slug} value={specialty.slug}>{specialty.name}</option>
            ))}
          </select>
        </div>
        <div className="flex items-end">
          <label className="flex min-h-11 items-center gap-2 font-semibold text-slate-900">
            <input type="checkbox" name="awaiting" value="1" defaultChecked={filters.awaiting} className="size-5" />
            Awaiting review only
          </label>
        </div>
        <div className="flex items-end gap-3">
          <button type="submit" className="inline-flex min-h-11 items-center rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900">
            Filter
          </button>
          <Link href="/admin/posts" className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
            Clear
          </Link>
        </div>
      </form>

      {list.items.length === 0 ? (
        <p className="rounded-md border border-slate-300 bg-white p-6 text-slate-700">
          No posts match. <Link href="/admin/posts/new" className="font-semibold text-brand-800 underline">Write a new one</Link>.
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className={TABLE}>
            <caption className="mb-2 text-left text-slate-700">
              {list.total} {list.total === 1 ? 'post' : 'posts'}, most recently changed first (page {list.page} of {list.totalPages})
            </caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Kind</th>
                <th scope="col">Status</th>
                <th scope="col">Author</th>
                <th scope="col">Specialty</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            {/* Rows as escaped HTML, not elements: see postRowsHtml. */}
            <tbody dangerouslySetInnerHTML={{ __html: postRowsHtml(list.items) }} />
          </table>
        </div>
      )}
      <PageLinks page={list.page} totalPages={list.totalPages} href={(page) => listHref(filters, page)} prefetch={false} />
    </div>
  );
}
