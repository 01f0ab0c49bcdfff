'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { removeBookmarkById } from '@/lib/accounts/bookmarks';
import { action } from '@/lib/forms';

const RemoveBookmarkInput = z.object({ bookmarkId: z.coerce.number().int().positive().max(2_147_483_647) });

export const removeBookmarkAction = action(RemoveBookmarkInput, { auth: 'user' }, async ({ bookmarkId }, { viewer }) => {
  // Only the viewer's own bookmark: another id removes nothing and says the same.
  await removeBookmarkById(viewer!.id, bookmarkId);
  revalidatePath('/account/bookmarks');
  return { status: 'ok', message: 'Bookmark removed.' };
});
