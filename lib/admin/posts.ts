import 'server-only';
import { and, count, desc, eq, ilike, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { audit } from '@/lib/audit';
import { slugify } from '@/lib/content/markdown';
import { revalidateContent, type ChangedContent } from '@/lib/content/revalidate';
import { db, type Executor } from '@/lib/db/client';
import { images, posts, specialties, users, type PostKind } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import type { FormState } from '@/lib/form-state';
import type { Role } from '@/lib/auth/roles';
import { changedFields, isUniqueViolation, specialtySlugOf } from './editing';
import { can, canEditPost } from './policy';
import { postFieldsSchema, type PostFields, type PostListFilters, type PostTransition } from './post-schemas';
import { getRevision, recordRevision } from './revisions';

/*
 * Posts (conditions, news, articles) as staff write them. Every write is one transaction with
 * its revision and its audit row; a save names the version it started from and is refused,
 * with the saved item beside it, when someone saved in between (optimistic locking). Reader-
 * visible changes revalidate the pages the post appears on, after the commit.
 * Authorization that only the data can answer is here too: an author edits only their own drafts.
 */

export type Staff = { id: number; role: Role };

/** What a write answers: a form state, with the post's id and new version when it went through. */
export type PostWriteResult = FormState & { id?: number; version?: number };

export const POST_PAGE_SIZE = 20;

export const CONFLICT_MESSAGE =
  'This item was changed since you opened it. Nothing was saved: compare the two versions below, then save yours again or open theirs.';

const authors = alias(users, 'post_authors');

// ---------------------------------------------------------------------------------------------
// Reads

export type StaffPostListItem = {
  id: number;
  kind: PostKind;
  title: string;
  slug: string;
  status: string;
  version: number;
  authorName: string | null;
  specialtyName: string | null;
  reviewRequestedAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
};

function listConditions(viewer: Staff, filters: PostListFilters): SQL | undefined {
  const conditions: SQL[] = [];
  // An author sees their own posts; editors and admins see everyone's.
  if (!can(viewer.role, 'posts.publish')) conditions.push(eq(posts.authorId, viewer.id));
  if (filters.kind) conditions.push(eq(posts.kind, filters.kind));
  if (filters.status) conditions.push(eq(posts.status, filters.status));
  if (filters.specialty) conditions.push(eq(posts.specialtyId, sql`(select ${specialties.id} from ${specialties} where ${specialties.slug} = ${filters.specialty})`));
  if (filters.awaiting) conditions.push(and(eq(posts.status, 'draft'), isNotNull(posts.reviewRequestedAt)) as SQL);
  if (filters.q) conditions.push(ilike(posts.title, `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  return conditions.length ? and(...conditions) : undefined;
}

/**
 * The staff list of posts, newest change first (then id), a page at a time. The total rides on
 * each row (a window count), so the list is one query; only a page past the end asks again.
 */
export async function listPostsForStaff(viewer: Staff, filters: PostListFilters) {
  const where = listConditions(viewer, filters);
  const rows = await db
    .select({
      id: posts.id,
      kind: posts.kind,
      title: posts.title,
      slug: posts.slug,
      status: posts.status,
      version: posts.version,
      authorName: sql<string | null>`coalesce(${authors.name}, ${posts.byline})`,
      specialtyName: specialties.name,
      reviewRequestedAt: posts.reviewRequestedAt,
      publishedAt: posts.publishedAt,
      updatedAt: posts.updatedAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(posts)
    .leftJoin(authors, eq(authors.id, posts.authorId))
    .leftJoin(specialties, eq(specialties.id, posts.specialtyId))
    .where(where)
    .orderBy(desc(posts.updatedAt), desc(posts.id))
    .limit(POST_PAGE_SIZE)
    .offset((filters.page - 1) * POST_PAGE_SIZE);
  const total = rows[0]?.total ?? (filters.page > 1 ? ((await db.select({ total: count() }).from(posts).where(where))[0]?.total ?? 0) : 0);
  return { items: rows as StaffPostListItem[], total, page: filters.page, totalPages: Math.max(1, Math.ceil(total / POST_PAGE_SIZE)) };
}

export type PostRow = typeof posts.$inferSelect;

export type PostForEditing = {
  post: PostRow;
  fields: Record<string, string>;
  authorName: string | null;
  specialtySlug: string | null;
  lastSavedBy: string | null;
  lastSavedAt: Date;
  canEdit: boolean;
};

/** A post for its edit page, or null when there is none or the viewer may not open it (an author: only their own). */
export async function getPostForEditing(viewer: Staff, id: number): Promise<PostForEditing | null> {
  const [row] = await db
    .select({ post: posts, authorName: authors.name, specialtySlug: specialties.slug })
    .from(posts)
    .leftJoin(authors, eq(authors.id, posts.authorId))
    .leftJoin(specialties, eq(specialties.id, posts.specialtyId))
    .where(eq(posts.id, id))
    .limit(1);
  if (!row) return null;
  if (!can(viewer.role, 'posts.publish') && row.post.authorId !== viewer.id) return null;
  const saved = await lastSave(db, row.post);
  return {
    post: row.post,
    fields: toFormFields(row.post),
    authorName: row.authorName,
    specialtySlug: row.specialtySlug,
    lastSavedBy: saved.savedBy,
    lastSavedAt: saved.savedAt,
    canEdit: canEditPost(viewer, row.post),
  };
}

/** Specialties for the editor's select. */
export async function listSpecialtyOptions(): Promise<Array<{ id: number; slug: string; name: string }>> {
  return db.select({ id: specialties.id, slug: specialties.slug, name: specialties.name }).from(specialties).orderBy(specialties.name);
}

/** Staff who may be named a condition's medical reviewer. */
export async function listReviewerOptions(): Promise<Array<{ id: number; name: string }>> {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(inArray(users.role, ['author', 'editor', 'admin']), eq(users.status, 'active')))
    .orderBy(users.name, users.id)
    .limit(500);
}

/** A revision of a post the viewer may open, with the post's current fields to compare it with. */
export async function getPostRevision(viewer: Staff, id: number, version: number) {
  const current = await getPostForEditing(viewer, id);
  if (!current) return null;
  const revision = await getRevision('post', id, version);
  if (!revision) return null;
  return { current, revision, fields: snapshotFields(revision.snapshot) };
}

// ---------------------------------------------------------------------------------------------
// Fields, snapshots, conflicts

/** The editor's fields as the form names and shows them. */
export const POST_FORM_FIELDS = [
  'kind',
  'title',
  'slug',
  'summary',
  'body',
  'specialtyId',
  'access',
  'byline',
  'reviewerId',
  'lastReviewedAt',
  'nextReviewDue',
  'coverImageId',
  'coverImageAlt',
] as const;

const str = (value: unknown): string => (value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value));

export function toFormFields(post: PostRow): Record<string, string> {
  return Object.fromEntries(POST_FORM_FIELDS.map((name) => [name, str(post[name])]));
}

/** A revision's snapshot as form fields (strings by field name). */
export function snapshotFields(snapshot: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(POST_FORM_FIELDS.map((name) => [name, str(snapshot[name])]));
}

function snapshotOf(post: PostRow): Record<string, unknown> {
  return { ...toFormFields(post), status: post.status, publishedAt: str(post.publishedAt) };
}

async function lastSave(tx: Executor, post: PostRow): Promise<{ savedBy: string | null; savedAt: Date }> {
  const revision = await getRevision('post', post.id, post.version, tx);
  return { savedBy: revision?.editorName ?? null, savedAt: revision?.createdAt ?? post.updatedAt };
}

async function conflictAnswer(tx: Executor, id: number, values: Record<string, string>): Promise<PostWriteResult> {
  const [current] = await tx.select().from(posts).where(eq(posts.id, id)).limit(1);
  if (!current) throw new AppError('posts:not-found', 'This post no longer exists.', 404);
  const saved = await lastSave(tx, current);
  return {
    status: 'error',
    message: CONFLICT_MESSAGE,
    conflict: { version: current.version, savedBy: saved.savedBy, savedAt: saved.savedAt.toISOString(), fields: toFormFields(current) },
    values,
  };
}

// ---------------------------------------------------------------------------------------------
// Validation against the database

class FieldRefusal extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super('field refusal');
  }
}

const SLUG_TAKEN = 'Another post of this kind already has this address: choose a different one.';

async function checkReferences(tx: Executor, fields: PostFields, ownId: number | null, slug: string): Promise<void> {
  const errors: Record<string, string[]> = {};
  const [taken] = await tx
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.kind, fields.kind), eq(posts.slug, slug), ownId === null ? undefined : sql`${posts.id} <> ${ownId}`))
    .limit(1);
  if (taken) errors.slug = [SLUG_TAKEN];
  if (fields.specialtyId !== null) {
    const [found] = await tx.select({ id: specialties.id }).from(specialties).where(eq(specialties.id, fields.specialtyId)).limit(1);
    if (!found) errors.specialtyId = ['Choose a specialty from the list.'];
  }
  if (fields.reviewerId !== null) {
    const [found] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, fields.reviewerId), inArray(users.role, ['author', 'editor', 'admin'])))
      .limit(1);
    if (!found) errors.reviewerId = ['Choose a member of staff as the reviewer.'];
  }
  if (fields.coverImageId !== null) {
    const [found] = await tx.select({ id: images.id }).from(images).where(eq(images.id, fields.coverImageId)).limit(1);
    if (!found) errors.coverImageId = ['That image no longer exists: choose another.'];
  }
  if (Object.keys(errors).length) throw new FieldRefusal(errors);
}

function slugFor(fields: PostFields): string {
  return fields.slug ?? (slugify(fields.title).slice(0, 120).replace(/-+$/, '') || 'post');
}

/** Runs a write; a slug taken meanwhile (a race the pre-check lost) or a field refusal becomes messages beside the fields. */
async function withFieldRefusals(values: Record<string, string>, write: () => Promise<PostWriteResult>): Promise<PostWriteResult> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof FieldRefusal) return { status: 'error', message: 'Please correct the fields marked below.', fieldErrors: error.fieldErrors, values };
    if (isUniqueViolation(error, 'posts_kind_slug_key')) {
      return { status: 'error', message: 'Please correct the fields marked below.', fieldErrors: { slug: [SLUG_TAKEN] }, values };
    }
    throw error;
  }
}

function columnsOf(fields: PostFields, slug: string) {
  return {
    kind: fields.kind,
    title: fields.title,
    slug,
    summary: fields.summary,
    body: fields.body,
    specialtyId: fields.specialtyId,
    access: fields.access,
    byline: fields.byline,
    reviewerId: fields.reviewerId,
    lastReviewedAt: fields.lastReviewedAt,
    nextReviewDue: fields.nextReviewDue,
    coverImageId: fields.coverImageId,
    coverImageAlt: fields.coverImageAlt,
  };
}

// ---------------------------------------------------------------------------------------------
// Writes

/** A new post: always a draft, owned by whoever creates it. */
export async function createPost(viewer: Staff, fields: PostFields, values: Record<string, string> = {}): Promise<PostWriteResult> {
  if (!can(viewer.role, 'posts.draft')) throw new AppError('auth:forbidden', 'You do not have access to this.', 403);
  const slug = slugFor(fields);
  return withFieldRefusals(values, () =>
    db.transaction(async (tx) => {
      await checkReferences(tx, fields, null, slug);
      const [post] = await tx
        .insert(posts)
        .values({ ...columnsOf(fields, slug), status: 'draft', authorId: viewer.id, version: 1 })
        .returning();
      await recordRevision(tx, { itemType: 'post', itemId: post!.id, version: 1, snapshot: snapshotOf(post!), editorId: viewer.id, note: 'created' });
      await audit(tx, { actorId: viewer.id, action: 'post.create', subjectType: 'post', subjectId: post!.id, details: { kind: post!.kind, slug } });
      return { status: 'ok', message: 'Draft created.', id: post!.id, version: 1 };
    }),
  );
}

/** Whether readers can see a post in this state now or at its time (scheduled). */
const isPublic = (status: string) => status === 'published' || status === 'scheduled';

type Revalidation = ChangedContent[];

function revalidateAll(items: Revalidation) {
  for (const item of items) revalidateContent(item);
}

/** What pages to refresh after a post went from `before` to `after`. */
async function revalidationFor(tx: Executor, before: PostRow, after: PostRow): Promise<Revalidation> {
  if (!isPublic(before.status) && !isPublic(after.status)) return [];
  const [specialtyBefore, specialtyAfter] = await Promise.all([specialtySlugOf(before.specialtyId, tx), specialtySlugOf(after.specialtyId, tx)]);
  if (before.kind !== after.kind) {
    return [
      { kind: before.kind, slug: before.slug, specialtySlug: specialtyBefore },
      { kind: after.kind, slug: after.slug, specialtySlug: specialtyAfter },
    ];
  }
  const previous: ChangedContent['previous'] = {};
  if (before.slug !== after.slug) previous.slug = before.slug;
  if (specialtyBefore !== specialtyAfter) previous.specialtySlug = specialtyBefore;
  return [{ kind: after.kind, slug: after.slug, specialtySlug: specialtyAfter, ...(Object.keys(previous).length ? { previous } : {}) }];
}

async function loadPost(tx: Executor, id: number): Promise<PostRow> {
  const [post] = await tx.select().from(posts).where(eq(posts.id, id)).limit(1);
  if (!post) throw new AppError('posts:not-found', 'This post no longer exists.', 404);
  return post;
}

function refuseUnlessEditable(viewer: Staff, post: PostRow) {
  if (canEditPost(viewer, post)) return;
  if (post.authorId === viewer.id) throw new AppError('posts:not-a-draft', 'Only an editor can change a post once it has left the drafts.', 403);
  throw new AppError('posts:not-yours', 'You can edit only your own drafts.', 403);
}

/** For an author, the row must still be their own draft when the update runs. */
function ownDraftsOnly(viewer: Staff): SQL | undefined {
  return can(viewer.role, 'posts.publish') ? undefined : and(eq(posts.authorId, viewer.id), eq(posts.status, 'draft'));
}

/**
 * Saves the editor's fields over the version it was opened at (`intent` "submit" also asks
 * the editors to review it). Someone saved meanwhile → the conflict answer, nothing saved.
 */
export async function savePost(
  viewer: Staff,
  input: PostFields & { id: number; version: number; intent?: 'save' | 'submit' },
  values: Record<string, string> = {},
  note = 'edited',
): Promise<PostWriteResult> {
  const slug = slugFor(input);
  let revalidation: Revalidation = [];
  const result = await withFieldRefusals(values, () =>
    db.transaction(async (tx) => {
      const before = await loadPost(tx, input.id);
      refuseUnlessEditable(viewer, before);
      if (before.version !== input.version) return conflictAnswer(tx, input.id, values);
      await checkReferences(tx, input, input.id, slug);
      const isSubmit = input.intent === 'submit';
      if (isSubmit && before.status !== 'draft') throw new AppError('posts:transition', 'Only a draft can be sent for review.', 409);
      const [after] = await tx
        .update(posts)
        .set({
          ...columnsOf(input, slug),
          ...(isSubmit ? { reviewRequestedAt: sql`now()` } : {}),
          version: sql`${posts.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(posts.id, input.id), eq(posts.version, input.version), ownDraftsOnly(viewer)))
        .returning();
      if (!after) return conflictAnswer(tx, input.id, values);
      const changed = changedFields(toFormFields(before), toFormFields(after));
      await recordRevision(tx, { itemType: 'post', itemId: after.id, version: after.version, snapshot: snapshotOf(after), editorId: viewer.id, note: isSubmit ? 'sent for review' : note });
      await audit(tx, {
        actorId: viewer.id,
        action: isSubmit ? 'post.submit' : note.startsWith('restored') ? 'post.restore' : 'post.update',
        subjectType: 'post',
        subjectId: after.id,
        details: { changed, version: after.version, ...(note.startsWith('restored') ? { note } : {}) },
      });
      revalidation = await revalidationFor(tx, before, after);
      const message = isSubmit ? 'Saved and sent to the editors for review.' : `Saved as version ${after.version}.`;
      return { status: 'ok', message, id: after.id, version: after.version } satisfies PostWriteResult;
    }),
  );
  revalidateAll(revalidation);
  return result;
}

const TRANSITIONS: Record<PostTransition, { from: readonly string[]; label: string; editorOnly: boolean }> = {
  submit: { from: ['draft'], label: 'sent for review', editorOnly: false },
  publish: { from: ['draft', 'scheduled'], label: 'published', editorOnly: true },
  schedule: { from: ['draft', 'scheduled'], label: 'scheduled', editorOnly: true },
  unpublish: { from: ['published', 'scheduled', 'archived'], label: 'unpublished', editorOnly: true },
  archive: { from: ['published', 'scheduled'], label: 'archived', editorOnly: true },
  sendBack: { from: ['draft'], label: 'sent back to the author', editorOnly: true },
};

const STATUS_WORDS: Record<string, string> = { draft: 'a draft', scheduled: 'scheduled', published: 'published', archived: 'archived' };

/**
 * A change of status: an author submits their own draft for review; editors publish now,
 * schedule (a time in the future), unpublish (back to draft), archive, or send a draft back to
 * its author. Impossible transitions are refused with a message, nothing changed.
 */
export async function changePostStatus(
  viewer: Staff,
  input: { id: number; version: number; intent: PostTransition; publishAt?: Date | null },
): Promise<PostWriteResult> {
  const rule = TRANSITIONS[input.intent];
  if (rule.editorOnly && !can(viewer.role, 'posts.publish')) throw new AppError('auth:forbidden', 'Only an editor can do this.', 403);
  let revalidation: Revalidation = [];
  const result = await db.transaction(async (tx): Promise<PostWriteResult> => {
    const before = await loadPost(tx, input.id);
    if (!rule.editorOnly) refuseUnlessEditable(viewer, before);
    if (before.version !== input.version) return conflictAnswer(tx, input.id, {});
    if (!rule.from.includes(before.status)) {
      return { status: 'error', message: `This post is ${STATUS_WORDS[before.status]}: it cannot be ${rule.label}.` };
    }
    let set: Partial<typeof posts.$inferInsert>;
    switch (input.intent) {
      case 'submit':
        if (before.reviewRequestedAt) return { status: 'error', message: 'This draft is already waiting for review.' };
        set = { reviewRequestedAt: new Date() };
        break;
      case 'publish':
        set = { status: 'published', publishedAt: new Date(), reviewRequestedAt: null };
        break;
      case 'schedule':
        if (!input.publishAt || input.publishAt.getTime() <= Date.now()) {
          return { status: 'error', message: 'Choose a publish time in the future.', fieldErrors: { publishAt: ['Choose a time in the future.'] } };
        }
        set = { status: 'scheduled', publishedAt: input.publishAt, reviewRequestedAt: null };
        break;
      case 'unpublish':
        set = { status: 'draft' };
        break;
      case 'archive':
        set = { status: 'archived' };
        break;
      case 'sendBack':
        if (!before.reviewRequestedAt) return { status: 'error', message: 'This draft is not waiting for review.' };
        set = { reviewRequestedAt: null };
        break;
    }
    const [after] = await tx
      .update(posts)
      .set({ ...set, version: sql`${posts.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(posts.id, input.id), eq(posts.version, input.version)))
      .returning();
    if (!after) return conflictAnswer(tx, input.id, {});
    await recordRevision(tx, { itemType: 'post', itemId: after.id, version: after.version, snapshot: snapshotOf(after), editorId: viewer.id, note: rule.label });
    await audit(tx, {
      actorId: viewer.id,
      action: `post.${input.intent === 'sendBack' ? 'send-back' : input.intent}`,
      subjectType: 'post',
      subjectId: after.id,
      details: { from: before.status, to: after.status, version: after.version, ...(input.intent === 'schedule' ? { publishAt: after.publishedAt?.toISOString() } : {}) },
    });
    revalidation = await revalidationFor(tx, before, after);
    const when = input.intent === 'schedule' ? ` for ${after.publishedAt!.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
    return { status: 'ok', message: `The post was ${rule.label}${when}.`, id: after.id, version: after.version };
  });
  revalidateAll(revalidation);
  return result;
}

/** Restores a revision's fields as a new save over `version` (the one the page was opened at). */
export async function restorePostRevision(viewer: Staff, input: { id: number; version: number; fromVersion: number }): Promise<PostWriteResult> {
  const revision = await getRevision('post', input.id, input.fromVersion);
  if (!revision) throw new AppError('posts:no-revision', 'That version does not exist.', 404);
  const fields = snapshotFields(revision.snapshot);
  const parsed = postFieldsSchema.safeParse(fields);
  if (!parsed.success) return { status: 'error', message: 'That version cannot be restored as it is: open it and copy what you need.' };
  const result = await savePost(viewer, { ...parsed.data, id: input.id, version: input.version }, fields, `restored version ${input.fromVersion}`);
  if (result.status === 'error' && result.fieldErrors?.slug) {
    return { ...result, message: 'That version’s address is now used by another post: restore it, then change the address.' };
  }
  return result;
}
