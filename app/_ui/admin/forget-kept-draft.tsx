'use client';

import { useEffect } from 'react';

/** Drops a draft the browser kept for a form that has now been saved (the new-post form, once the post exists). */
export function ForgetKeptDraft({ draftKey }: { draftKey: string }) {
  useEffect(() => {
    try {
      window.localStorage.removeItem(`hidoc-admin-draft:${draftKey}`);
    } catch {
      // Storage off: nothing was kept.
    }
  }, [draftKey]);
  return null;
}
