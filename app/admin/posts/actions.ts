'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { staffAction } from '@/lib/admin/actions';
import { createPostSchema, postTransitionSchema, restoreRevisionSchema, savePostSchema } from '@/lib/admin/post-schemas';
import { changePostStatus, createPost, restorePostRevision, savePost } from '@/lib/admin/posts';

/*
 * The post editor's actions: parse and authorize (staffAction), call lib/admin/posts.ts, answer.
 * lib/ checks what only the post can tell (an author edits only their own drafts).
 */

const editPath = (id: number) => `/admin/posts/${id}`;

export const createPostAction = staffAction('posts.draft', createPostSchema, async (input, { viewer, values }) => {
  const result = await createPost(viewer, input, values);
  if (result.status !== 'ok' || !result.id) return result;
  revalidatePath('/admin/posts');
  redirect(`${editPath(result.id)}?created=1`);
});

export const savePostAction = staffAction('posts.draft', savePostSchema, async (input, { viewer, values }) => {
  const result = await savePost(viewer, input, values);
  if (result.status !== 'ok') return result;
  revalidatePath(editPath(input.id));
  // The form stays open: it now stands at the version just saved.
  return { status: 'ok', message: result.message, values: { ...values, version: String(result.version) } };
});

export const changePostStatusAction = staffAction('posts.publish', postTransitionSchema, async (input, { viewer, values }) => {
  const result = await changePostStatus(viewer, input);
  if (result.status !== 'ok') return { ...result, values };
  revalidatePath('/admin/posts');
  redirect(`${editPath(input.id)}?done=${input.intent}`);
});

export const restorePostRevisionAction = staffAction('posts.draft', restoreRevisionSchema, async (input, { viewer }) => {
  const result = await restorePostRevision(viewer, input);
  if (result.status !== 'ok') return result;
  revalidatePath(editPath(input.id));
  redirect(`${editPath(input.id)}?done=restored`);
});
