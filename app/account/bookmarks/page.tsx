import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RemoveBookmarkForm } from '@/app/_ui/forms/remove-bookmark-form';
import { DateText } from '@/app/_ui/content/meta';
import { BOOKMARKS_PAGE_SIZE, countLiveBookmarks, listBookmarks } from '@/lib/accounts/bookmarks';
import { requireUser } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Your bookmarks', robots: { index: false } };

const kindLabels = { condition: 'Condition', news: 'News', article: 'Article', event: 'Event', video: 'Video' } as const;

export default async function BookmarksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireUser('/account/bookmarks');
  const requested = (await searchParams).page;
  const page = typeof requested === 'string' && /^[1-9][0-9]{0,5}$/.test(requested) ? Number(requested) : 1;
  const [items, total] = await Promise.all([
    listBookmarks(viewer.id, { limit: BOOKMARKS_PAGE_SIZE, offset: (page - 1) * BOOKMARKS_PAGE_SIZE }),
    countLiveBookmarks(viewer.id),
  ]);
  const totalPages = Math.max(1, Math.ceil(total / BOOKMARKS_PAGE_SIZE));
  // A page past the end is not a page: the same answer as the public lists give.
  if (page > totalPages) notFound();
  return (
    <section aria-labelledby="bookmarks-title">
      <h1 id="bookmarks-title" className="text-2xl font-bold text-slate-900">
        Your bookmarks
      </h1>
      {total > 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          {total} {total === 1 ? 'bookmark' : 'bookmarks'}
          {totalPages > 1 ? `, page ${page} of ${totalPages}` : ''}
        </p>
      ) : null}
      {total === 0 ? (
        <div className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 text-center">
          <p className="font-semibold text-slate-900">No bookmarks yet.</p>
          <p className="mt-2 text-slate-700">
            Use the Bookmark button on any <Link href="/conditions" className="link">condition article</Link>,{' '}
            <Link href="/news" className="link">news item</Link>, <Link href="/events" className="link">event</Link> or{' '}
            <Link href="/videos" className="link">video</Link> to keep it here.
          </p>
        </div>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 border-y border-slate-200">
          {items.map((item) => (
            <li key={item.id} className="flex items-start justify-between gap-4 py-4">
              <div className="min-w-0">
                <Link href={item.path} className="link font-semibold">
                  {item.title}
                </Link>
                <p className="mt-1 text-sm text-slate-700">
                  {kindLabels[item.kind]} · saved <DateText value={item.createdAt} />
                </p>
              </div>
              <RemoveBookmarkForm bookmarkId={item.id} title={item.title} />
            </li>
          ))}
        </ul>
      )}
      {totalPages > 1 ? (
        <nav aria-label="Pagination" className="mt-6 flex gap-4">
          {page > 1 ? (
            <Link href={page === 2 ? '/account/bookmarks' : `/account/bookmarks?page=${Math.min(page, totalPages + 1) - 1}`} className="link">
              Newer bookmarks
            </Link>
          ) : null}
          {page < totalPages ? (
            <Link href={`/account/bookmarks?page=${page + 1}`} className="link">
              Older bookmarks
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
