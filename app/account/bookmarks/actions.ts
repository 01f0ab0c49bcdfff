'use server';

import { revalidatePath } from 'next/cache';
import { removeBookmarkById } from '@/lib/accounts/bookmarks';
import { RemoveBookmarkInput } from '@/lib/accounts/schemas';
import { action } from '@/lib/forms';

export const removeBookmarkAction = action(RemoveBookmarkInput, { auth: 'user' }, async ({ bookmarkId }, { viewer }) => {
  // Only the viewer's own bookmark: another id removes nothing and says the same.
  await removeBookmarkById(viewer.id, bookmarkId);
  revalidatePath('/account/bookmarks');
  return { status: 'ok', message: 'Bookmark removed.' };
});
