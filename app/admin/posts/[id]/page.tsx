import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ForgetKeptDraft } from '@/app/_ui/admin/forget-kept-draft';
import { PostEditor } from '@/app/_ui/admin/post-editor';
import { PostStatusForm } from '@/app/_ui/admin/post-status-form';
import { requireStaffPage } from '@/lib/admin/auth';
import { coverImageForEditor, maxUploadBytes } from '@/lib/admin/images';
import { can } from '@/lib/admin/policy';
import { parsePostId } from '@/lib/admin/post-schemas';
import { getPostForEditing, listReviewerOptions, listSpecialtyOptions } from '@/lib/admin/posts';
import { pathForPost, postSections } from '@/lib/content/paths';
import { changePostStatusAction, savePostAction } from '../actions';

export const metadata: Metadata = { title: 'Edit post' };

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const STATUS_LABELS: Record<string, string> = { draft: 'Draft', scheduled: 'Scheduled', published: 'Published', archived: 'Archived' };

const DONE_MESSAGES: Record<string, string> = {
  publish: 'Published: readers see it now.',
  schedule: 'Scheduled.',
  unpublish: 'Unpublished: it is a draft again.',
  archive: 'Archived: readers no longer see it.',
  sendBack: 'Sent back to the author.',
  restored: 'The revision was restored as a new version.',
};

const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export default async function EditPostPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id: rawId } = await params;
  const viewer = await requireStaffPage('posts.draft', `/admin/posts/${rawId}`);
  const id = parsePostId(rawId);
  if (id === null) notFound();
  const [editing, specialties, reviewers] = await Promise.all([getPostForEditing(viewer, id), listSpecialtyOptions(), listReviewerOptions()]);
  if (!editing) notFound();
  const { post } = editing;
  const coverImage = await coverImageForEditor(post.coverImageId, post.coverImageAlt);
  const query = await searchParams;
  const done = typeof query.done === 'string' ? DONE_MESSAGES[query.done] : undefined;
  const isEditor = can(viewer.role, 'posts.publish');
  const isLive = (post.status === 'published' || post.status === 'scheduled') && post.publishedAt !== null && post.publishedAt <= new Date();

  return (
    <div className="space-y-6">
      {query.created ? <ForgetKeptDraft draftKey="post:new" /> : null}
      <p>
        <Link href="/admin/posts" className="font-semibold text-brand-800 underline">‹ All posts</Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight break-words text-slate-900">{post.title}</h1>
      {done ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 font-medium text-emerald-900">
          {done}
        </p>
      ) : null}
      {query.created ? (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 font-medium text-emerald-900">
          Draft created.
        </p>
      ) : null}

      <dl className="grid gap-x-6 gap-y-2 rounded-md border border-slate-300 bg-white p-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-semibold text-slate-900">Status</dt>
          <dd data-testid="post-status">
            {STATUS_LABELS[post.status]}
            {post.status === 'scheduled' && post.publishedAt ? ` for ${utc(post.publishedAt)}` : ''}
            {post.status === 'draft' && post.reviewRequestedAt ? ' (awaiting review)' : ''}
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-900">Version</dt>
          <dd data-testid="post-version">{post.version}</dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-900">Last saved</dt>
          <dd>
            {utc(editing.lastSavedAt)}
            {editing.lastSavedBy ? ` by ${editing.lastSavedBy}` : ''}
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-900">Author</dt>
          <dd>{editing.authorName ?? post.byline ?? '—'}</dd>
        </div>
      </dl>
      <p className="flex flex-wrap gap-4">
        <Link href={`/admin/posts/${post.id}/revisions`} className="font-semibold text-brand-800 underline">
          Revisions
        </Link>
        {isLive ? (
          <Link href={pathForPost(post.kind, post.slug)} className="font-semibold text-brand-800 underline">
            View the {postSections[post.kind].singular} on the site
          </Link>
        ) : null}
      </p>

      {isEditor ? (
        <section aria-labelledby="status-heading" className="space-y-3 rounded-md border border-slate-300 bg-white p-4">
          <h2 id="status-heading" className="text-lg font-bold text-slate-900">Publishing</h2>
          <p className="text-sm text-slate-700">Save your edits first: these change the saved version {post.version}.</p>
          <div className="flex flex-wrap items-end gap-4">
            {post.status === 'draft' || post.status === 'scheduled' ? (
              <PostStatusForm action={changePostStatusAction} postId={post.id} version={post.version} intent="publish" label="Publish now" tone="primary" />
            ) : null}
            {post.status === 'draft' || post.status === 'scheduled' ? (
              <PostStatusForm action={changePostStatusAction} postId={post.id} version={post.version} intent="schedule" label="Schedule" withTime />
            ) : null}
            {post.status !== 'draft' ? (
              <PostStatusForm action={changePostStatusAction} postId={post.id} version={post.version} intent="unpublish" label="Unpublish (back to draft)" />
            ) : null}
            {post.status === 'published' || post.status === 'scheduled' ? (
              <PostStatusForm action={changePostStatusAction} postId={post.id} version={post.version} intent="archive" label="Archive" tone="danger" />
            ) : null}
            {post.status === 'draft' && post.reviewRequestedAt ? (
              <PostStatusForm action={changePostStatusAction} postId={post.id} version={post.version} intent="sendBack" label="Send back to the author" />
            ) : null}
          </div>
        </section>
      ) : null}

      {editing.canEdit ? (
        <PostEditor
          action={savePostAction}
          draftKey={`post:${post.id}`}
          fields={editing.fields}
          version={post.version}
          postId={post.id}
          specialties={specialties.map((s) => [String(s.id), s.name] as const)}
          reviewers={reviewers.map((r) => [String(r.id), r.name] as const)}
          canSubmitForReview={!isEditor && post.status === 'draft' && post.reviewRequestedAt === null}
          coverImage={coverImage}
          maxUploadBytes={maxUploadBytes()}
        />
      ) : (
        <p className="rounded-md border border-slate-300 bg-white p-4 text-slate-700">
          This post is {STATUS_LABELS[post.status]?.toLowerCase()}: only an editor can change it now.
        </p>
      )}
    </div>
  );
}
