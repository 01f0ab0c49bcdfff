'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { BookmarkKind } from '@/lib/accounts/bookmark-kinds';

type State = 'anonymous' | 'loading' | 'saved' | 'unsaved' | 'error';

/**
 * The bookmark toggle of a content page. The page is cached and the same for everyone, so
 * the reader's own state is fetched after load from a private endpoint (/api/bookmarks).
 * Until then, and for anonymous readers and browsers without scripts, it is a sign-in link
 * that comes back to this page.
 */
export function BookmarkButton({ kind, slug, path }: { kind: BookmarkKind; slug: string; path: string }) {
  const [state, setState] = useState<State>('anonymous');
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    const query = new URLSearchParams({ kind, slug });
    fetch(`/api/bookmarks?${query}`, { cache: 'no-store', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ signedIn: boolean; bookmarked: boolean }>) : null))
      .then((body) => {
        if (body?.signedIn) setState(body.bookmarked ? 'saved' : 'unsaved');
      })
      .catch(() => {
        // Offline or aborted: the sign-in link stays, which is never wrong.
      });
    return () => controller.abort();
  }, [kind, slug]);

  if (state === 'anonymous') {
    return (
      <Link href={`/login?callbackUrl=${encodeURIComponent(path)}`} className="link text-sm" data-bookmark="anonymous">
        Sign in to bookmark
      </Link>
    );
  }

  const isSaved = state === 'saved';
  const toggle = async () => {
    setIsBusy(true);
    try {
      const response = await fetch('/api/bookmarks', {
        method: isSaved ? 'DELETE' : 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ kind, slug }),
      });
      if (response.status === 401) setState('anonymous');
      else setState(response.ok ? (isSaved ? 'unsaved' : 'saved') : 'error');
    } catch {
      setState('error');
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <span className="inline-flex items-center gap-3 text-sm">
      <button
        type="button"
        onClick={toggle}
        disabled={isBusy}
        aria-pressed={isSaved}
        className="rounded-md border border-slate-300 px-3 py-1 font-semibold text-slate-800 hover:bg-slate-50 disabled:opacity-60"
      >
        {isSaved ? 'Bookmarked' : 'Bookmark'}
      </button>
      {isSaved ? (
        <Link href="/account/bookmarks" className="link">
          Your bookmarks
        </Link>
      ) : null}
      <span role="status" className="text-red-800">
        {state === 'error' ? 'The bookmark could not be saved. Try again.' : ''}
      </span>
    </span>
  );
}
