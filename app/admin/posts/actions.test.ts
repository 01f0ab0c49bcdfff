import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { postListFiltersSchema } from '@/lib/admin/post-schemas';
import { listPostsForStaff, POST_PAGE_SIZE } from '@/lib/admin/posts';
import { formOf as form, insertStaff } from '@/lib/admin/test-helpers';
import { getPublishedPostBySlug } from '@/lib/content/posts';
import { auditLog, images, posts, revisions, specialties } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { useSession as signInAs } from '@/lib/db/test/next-request';
import type { FormState } from '@/lib/form-state';
import { changePostStatusAction, createPostAction, restorePostRevisionAction, savePostAction } from './actions';

vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).switchableRequest);
// Next's revalidatePath needs a running request; here we record what it was asked.
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => void revalidated.push(path), revalidateTag: () => {} }));

/*
 * The post editor's server actions, called as each role with a real session (not through the
 * UI), on a database of their own.
 */

const { db } = testDatabase('migrated', 'adm_posts_actions');

type Staff = Awaited<ReturnType<typeof insertStaff>>;
let author: Staff;
let otherAuthor: Staff;
let editor: Staff;
let member: Staff;
let specialtyId: number;

beforeAll(async () => {
  [author, otherAuthor, editor, member] = await Promise.all([
    insertStaff(db, 'author'),
    insertStaff(db, 'author'),
    insertStaff(db, 'editor'),
    insertStaff(db, 'member'),
  ]);
  const [specialty] = await db.insert(specialties).values({ slug: 'cardiology', name: 'Cardiology' }).returning();
  specialtyId = specialty!.id;
});

beforeEach(() => {
  revalidated.length = 0;
});

const idle: FormState = { status: 'idle' };

const baseFields = (title: string, extra: Record<string, string | number> = {}) => ({
  kind: 'article',
  title,
  slug: '',
  summary: 'A summary.',
  body: 'First paragraph.\n\n## Section\n\nMore.',
  specialtyId: String(specialtyId),
  access: 'public',
  byline: '',
  reviewerId: '',
  lastReviewedAt: '',
  nextReviewDue: '',
  coverImageId: '',
  coverImageAlt: '',
  ...extra,
});

/** Runs the create action as `who` and answers the new post's id (it redirects to the edit page). */
async function create(who: Staff, title: string, extra: Record<string, string | number> = {}): Promise<number> {
  await signInAs(who.token);
  const error = await createPostAction(idle, form(baseFields(title, extra))).then(
    (state) => new Error(`no redirect: ${JSON.stringify(state)}`),
    (thrown: { digest?: string }) => thrown,
  );
  const match = /;\/admin\/posts\/(\d+)\?created=1;/.exec((error as { digest?: string }).digest ?? '');
  if (!match) throw error;
  return Number(match[1]);
}

async function post(id: number) {
  const [row] = await db.select().from(posts).where(eq(posts.id, id));
  return row!;
}

async function save(who: Staff, id: number, version: number, fields: Record<string, string | number>) {
  await signInAs(who.token);
  return savePostAction(idle, form({ ...baseFields('unused'), ...fields, id, version }));
}

/** Runs a status change as `who`: 'ok' when it went through (it redirects), else the answer. */
async function transition(who: Staff | null, id: number, version: number, intent: string, publishAt = ''): Promise<'ok' | FormState> {
  await signInAs(who?.token ?? null);
  try {
    return await changePostStatusAction(idle, form({ id, version, intent, publishAt }));
  } catch (thrown) {
    const digest = (thrown as { digest?: string }).digest ?? '';
    if (digest.includes(`;/admin/posts/${id}?done=${intent};`)) return 'ok';
    throw thrown;
  }
}

async function auditRows(id: number) {
  return db.select().from(auditLog).where(and(eq(auditLog.subjectType, 'post'), eq(auditLog.subjectId, String(id)))).orderBy(asc(auditLog.id));
}

describe('an author', () => {
  it('creates a draft they own, with a slug from the title, and edits it', async () => {
    const id = await create(author, 'Heart Failure: A Primer', { slug: '', status: 'published' });
    const created = await post(id);
    expect(created).toMatchObject({ status: 'draft', authorId: author.id, slug: 'heart-failure-a-primer', version: 1, publishedAt: null });

    const answer = await save(author, id, 1, { title: 'Heart failure: a primer', slug: 'heart-failure-a-primer', body: 'Rewritten.' });
    expect(answer).toMatchObject({ status: 'ok', values: { version: '2' } });
    expect(await post(id)).toMatchObject({ title: 'Heart failure: a primer', body: 'Rewritten.', version: 2, status: 'draft' });
    // A draft is not on any public page: nothing to revalidate for readers.
    expect(revalidated.filter((path) => !path.startsWith('/admin'))).toEqual([]);
  });

  it("cannot edit another author's post, nor publish their own: refused, nothing changed", async () => {
    const theirs = await create(otherAuthor, 'Not yours to edit');
    const before = await post(theirs);
    const answer = await save(author, theirs, 1, { title: 'Hijacked' });
    expect(answer).toMatchObject({ status: 'error', message: 'You can edit only your own drafts.' });
    expect(await post(theirs)).toEqual(before);

    const mine = await create(author, 'My own draft to publish');
    const refused = await transition(author, mine, 1, 'publish');
    expect(refused).toMatchObject({ status: 'error' });
    expect(await post(mine)).toMatchObject({ status: 'draft', version: 1, publishedAt: null });
    // A member and an anonymous caller are refused too.
    await expect(transition(member, mine, 1, 'publish')).resolves.toMatchObject({ status: 'error' });
    await expect(transition(null, mine, 1, 'publish')).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/login/) });
    expect(await post(mine)).toMatchObject({ status: 'draft', version: 1 });
  });

  it('submits a draft for review and cannot edit it once an editor published it', async () => {
    const id = await create(author, 'Ready for review');
    const answer = await save(author, id, 1, { title: 'Ready for review', intent: 'submit' });
    expect(answer).toMatchObject({ status: 'ok' });
    expect((await post(id)).reviewRequestedAt).not.toBeNull();
    expect(await transition(editor, id, 2, 'publish')).toBe('ok');
    expect(await post(id)).toMatchObject({ status: 'published', reviewRequestedAt: null });
    const late = await save(author, id, 3, { title: 'Sneaky edit after publishing' });
    expect(late).toMatchObject({ status: 'error', message: expect.stringContaining('Only an editor') });
    expect((await post(id)).title).toBe('Ready for review');
  });
});

describe('an editor', () => {
  it('publishes, schedules, unpublishes and archives, revalidating the pages readers see', async () => {
    const id = await create(author, 'The lifecycle of a post', { slug: 'lifecycle-post' });
    expect(await transition(editor, id, 1, 'publish')).toBe('ok');
    let row = await post(id);
    expect(row).toMatchObject({ status: 'published', version: 2 });
    expect(await getPublishedPostBySlug('article', 'lifecycle-post')).not.toBeNull();
    expect(revalidated).toEqual(expect.arrayContaining(['/articles/lifecycle-post', '/articles', '/', '/feed.xml', '/sitemap.xml', '/specialties/cardiology']));

    // Published → archived → back to draft; a draft cannot be archived.
    expect(await transition(editor, id, 2, 'archive')).toBe('ok');
    expect(await getPublishedPostBySlug('article', 'lifecycle-post')).toBeNull();
    expect(await transition(editor, id, 3, 'unpublish')).toBe('ok');
    row = await post(id);
    expect(row).toMatchObject({ status: 'draft', version: 4 });
    expect(await transition(editor, id, 4, 'archive')).toMatchObject({ status: 'error', message: expect.stringContaining('cannot be archived') });

    // Scheduling needs a time in the future; then it is hidden until that time.
    expect(await transition(editor, id, 4, 'schedule', '2000-01-01T10:00')).toMatchObject({ status: 'error' });
    const at = new Date(Date.now() + 3_600_000);
    expect(await transition(editor, id, 4, 'schedule', at.toISOString())).toBe('ok');
    row = await post(id);
    expect(row).toMatchObject({ status: 'scheduled', version: 5 });
    expect(row.publishedAt?.getTime()).toBe(at.getTime());
    expect(await getPublishedPostBySlug('article', 'lifecycle-post')).toBeNull();
    // Once its time has come it counts as published, as public pages read it.
    await db.update(posts).set({ publishedAt: new Date(Date.now() - 1000) }).where(eq(posts.id, id));
    expect(await getPublishedPostBySlug('article', 'lifecycle-post')).not.toBeNull();

    const audits = (await auditRows(id)).map((row) => row.action);
    expect(audits).toEqual(['post.create', 'post.publish', 'post.archive', 'post.unpublish', 'post.schedule']);
  });

  it('edits a published post: the old address and specialty are revalidated too', async () => {
    const id = await create(author, 'Moving house', { slug: 'moving-house' });
    await transition(editor, id, 1, 'publish');
    revalidated.length = 0;
    const answer = await save(editor, id, 2, { title: 'Moving house', slug: 'moved-house', specialtyId: '' });
    expect(answer).toMatchObject({ status: 'ok' });
    expect(revalidated).toEqual(expect.arrayContaining(['/articles/moving-house', '/articles/moved-house', '/specialties/cardiology']));
    const [audit] = (await auditRows(id)).slice(-1);
    expect(audit).toMatchObject({ action: 'post.update', actorId: editor.id, details: { changed: ['slug', 'specialtyId'], version: 3 } });
  });

  it('sends a draft back to its author, clearing the review request', async () => {
    const id = await create(author, 'Needs work');
    await save(author, id, 1, { title: 'Needs work', intent: 'submit' });
    expect(await transition(editor, id, 2, 'sendBack')).toBe('ok');
    expect(await post(id)).toMatchObject({ status: 'draft', reviewRequestedAt: null, version: 3 });
    expect(await transition(editor, id, 3, 'sendBack')).toMatchObject({ status: 'error', message: expect.stringContaining('not waiting') });
  });
});

describe('optimistic locking', () => {
  it('20 concurrent saves of one version: exactly one wins, the others get the winner’s fields', async () => {
    const id = await create(editor, 'Contended');
    await signInAs(editor.token);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) => savePostAction(idle, form({ ...baseFields(`Contended ${n}`), slug: 'contended', id, version: 1 }))),
    );
    const winners = answers.filter((answer) => answer.status === 'ok');
    const losers = answers.filter((answer) => answer.status !== 'ok');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    const saved = await post(id);
    expect(saved.version).toBe(2);
    for (const loser of losers) {
      expect(loser.message).toContain('changed since you opened it');
      expect(loser.conflict).toMatchObject({ version: 2, savedBy: 'Editor Tester', fields: { title: saved.title } });
      // What the loser typed is kept for the form.
      expect(loser.values?.title).toMatch(/^Contended \d+$/);
      expect(loser.values?.title).not.toBe(saved.title);
    }
    const kept = await db.select().from(revisions).where(and(eq(revisions.itemType, 'post'), eq(revisions.itemId, id)));
    expect(kept.map((revision) => revision.version).sort()).toEqual([1, 2]);
    expect((await auditRows(id)).map((row) => row.action)).toEqual(['post.create', 'post.update']);
  });

  it('a save naming an old version is refused and changes nothing', async () => {
    const id = await create(editor, 'Stale');
    await save(editor, id, 1, { title: 'Fresh' });
    const stale = await save(editor, id, 1, { title: 'Stale overwrite' });
    expect(stale).toMatchObject({ status: 'error', conflict: { version: 2, fields: { title: 'Fresh' } } });
    expect(await post(id)).toMatchObject({ title: 'Fresh', version: 2 });
  });
});

describe('revisions', () => {
  it('restoring one makes a new version equal to the old snapshot', async () => {
    const id = await create(editor, 'Original title', { body: 'Original body.' });
    await save(editor, id, 1, { title: 'Second title', slug: 'second-title', body: 'Second body.', access: 'members' });
    await signInAs(editor.token);
    const restored = await restorePostRevisionAction(idle, form({ id, version: 2, fromVersion: 1 })).catch((thrown: { digest?: string }) => thrown.digest);
    expect(restored).toMatch(new RegExp(`;/admin/posts/${id}\\?done=restored;`));
    const row = await post(id);
    expect(row).toMatchObject({ version: 3, title: 'Original title', slug: 'original-title', body: 'Original body.', access: 'public' });
    const [v1] = await db.select().from(revisions).where(and(eq(revisions.itemId, id), eq(revisions.version, 1)));
    const [v3] = await db.select().from(revisions).where(and(eq(revisions.itemId, id), eq(revisions.version, 3)));
    const formFields = (snapshot: Record<string, unknown>) => Object.fromEntries(Object.entries(snapshot).filter(([name]) => name !== 'status' && name !== 'publishedAt'));
    expect(formFields(v3!.snapshot)).toEqual(formFields(v1!.snapshot));
    expect(v3!.note).toBe('restored version 1');
    expect((await auditRows(id)).at(-1)).toMatchObject({ action: 'post.restore', details: { note: 'restored version 1' } });
  });
});

describe('slugs', () => {
  it('a slug taken by a post of the same kind gets a field message; another kind may use it', async () => {
    await create(editor, 'Unique topic');
    await signInAs(editor.token);
    const taken = await createPostAction(idle, form(baseFields('Unique topic')));
    expect(taken).toMatchObject({ status: 'error', fieldErrors: { slug: [expect.stringContaining('already has this address')] }, values: { title: 'Unique topic' } });
    await expect(create(editor, 'Unique topic', { kind: 'news' })).resolves.toBeGreaterThan(0);
  });

  it('two creates racing for one slug: one post, the other a field message (no 500)', async () => {
    await signInAs(editor.token);
    const answers = await Promise.allSettled(Array.from({ length: 6 }, () => createPostAction(idle, form(baseFields('Racing slug')))));
    const redirected = answers.filter((answer) => answer.status === 'rejected');
    const refused = answers.flatMap((answer) => (answer.status === 'fulfilled' ? [answer.value] : []));
    expect(redirected).toHaveLength(1);
    expect(refused).toHaveLength(5);
    for (const answer of refused) expect(answer.fieldErrors?.slug?.[0]).toContain('already has this address');
    expect(await db.select().from(posts).where(eq(posts.slug, 'racing-slug'))).toHaveLength(1);
  });

  it('a cover image must exist and needs a description', async () => {
    await signInAs(editor.token);
    const missingAlt = await createPostAction(idle, form(baseFields('With a cover', { coverImageId: '999999', coverImageAlt: '' })));
    expect(missingAlt.fieldErrors?.coverImageAlt?.[0]).toContain('Describe the image');
    const missingImage = await createPostAction(idle, form(baseFields('With a cover', { coverImageId: '999999', coverImageAlt: 'A heart' })));
    expect(missingImage.fieldErrors?.coverImageId?.[0]).toContain('no longer exists');
    expect(await db.select().from(images)).toHaveLength(0);
  });

  it('says everything wrong at once, each beside its field, keeping what was typed, and compares only valid dates', async () => {
    await signInAs(editor.token);
    const typed = baseFields('', { kind: 'condition', slug: 'Not A Slug', lastReviewedAt: '2026-13-01', nextReviewDue: '2026-02-01', coverImageId: '5', coverImageAlt: '' });
    const state = await createPostAction(idle, form(typed));
    // No "next review falls after the last one": the last review is not a date yet.
    expect(state.fieldErrors).toEqual({
      title: ['Enter a title.'],
      slug: [expect.stringContaining('lower-case letters')],
      lastReviewedAt: ['Enter a date as YYYY-MM-DD.'],
      coverImageAlt: ['Describe the image for readers who cannot see it.'],
    });
    expect(state.values).toMatchObject({ kind: 'condition', lastReviewedAt: '2026-13-01', nextReviewDue: '2026-02-01', summary: 'A summary.' });
    // A choice no select offers (a hand-made request) used to silence the rules between fields.
    const tampered = await createPostAction(idle, form(baseFields('Tampered', { access: 'everyone', coverImageId: '5', coverImageAlt: '' })));
    expect(tampered.fieldErrors).toEqual({ access: ['Choose who may read it.'], coverImageAlt: ['Describe the image for readers who cannot see it.'] });
  });
});

describe('the staff list', () => {
  const filters = (query: Record<string, string> = {}) => postListFiltersSchema.parse(query);

  it('shows an author only their own posts, an editor everyone’s, with the filters applied', async () => {
    const lister = await insertStaff(db, 'author');
    const mine = await create(lister, 'Listed zebra condition', { kind: 'condition' });
    const theirs = await create(otherAuthor, 'Listed zebra news', { kind: 'news' });
    await save(lister, mine, 1, { kind: 'condition', title: 'Listed zebra condition', intent: 'submit' });

    const asAuthor = await listPostsForStaff(lister, filters());
    expect(asAuthor.items.map((item) => item.id)).toEqual([mine]);

    const asEditor = await listPostsForStaff(editor, filters({ q: 'zebra' }));
    expect(asEditor.items.map((item) => item.id).sort()).toEqual([mine, theirs].sort());
    expect((await listPostsForStaff(editor, filters({ q: 'zebra', kind: 'news' }))).items.map((item) => item.id)).toEqual([theirs]);
    expect((await listPostsForStaff(editor, filters({ q: 'zebra', awaiting: '1' }))).items.map((item) => item.id)).toEqual([mine]);
    expect((await listPostsForStaff(editor, filters({ q: 'zebra', status: 'published' }))).items).toEqual([]);
    expect((await listPostsForStaff(editor, filters({ q: 'zebra', specialty: 'cardiology' }))).total).toBe(2);
    // A search term is text, not a pattern.
    expect((await listPostsForStaff(editor, filters({ q: '%' }))).items).toEqual([]);
  });

  it('pages through everything once, in a stable order', async () => {
    const all = await listPostsForStaff(editor, filters());
    const seen: number[] = [];
    for (let page = 1; page <= all.totalPages; page += 1) {
      seen.push(...(await listPostsForStaff(editor, filters({ page: String(page) }))).items.map((item) => item.id));
    }
    expect(seen).toHaveLength(all.total);
    expect(new Set(seen).size).toBe(all.total);
    expect(all.items.length).toBeLessThanOrEqual(POST_PAGE_SIZE);
    // A page past the end (an old link after deletions) is empty but still knows the total.
    const pastTheEnd = await listPostsForStaff(editor, filters({ page: String(all.totalPages + 1) }));
    expect(pastTheEnd.items).toEqual([]);
    expect(pastTheEnd.total).toBe(all.total);
  });
});
