'use client';

import { useActionState } from 'react';
import { removeBookmarkAction } from '@/app/account/bookmarks/actions';
import { idleFormState } from '@/lib/form-state';


/** The remove button of one bookmark on /account/bookmarks. */
export function RemoveBookmarkForm({ bookmarkId, title }: { bookmarkId: number; title: string }) {
  const [state, formAction, isPending] = useActionState(removeBookmarkAction, idleFormState);
  return (
    <form action={formAction} className="shrink-0">
      <input type="hidden" name="bookmarkId" value={bookmarkId} />
      <button
        type="submit"
        disabled={isPending}
        className="rounded-md border border-slate-300 px-3 py-1 text-sm font-semibold text-slate-800 hover:bg-slate-50 disabled:opacity-60"
      >
        Remove<span className="sr-only"> {title}</span>
      </button>
      {state.status === 'error' ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
