import type { Metadata } from 'next';
import Link from 'next/link';
import { PostEditor } from '@/app/_ui/admin/post-editor';
import { requireStaffPage } from '@/lib/admin/auth';
import { maxUploadBytes } from '@/lib/admin/images';
import { listReviewerOptions, listSpecialtyOptions } from '@/lib/admin/posts';
import { createPostAction } from '../actions';

export const metadata: Metadata = { title: 'New post' };

export default async function NewPostPage() {
  await requireStaffPage('posts.draft', '/admin/posts/new');
  const [specialties, reviewers] = await Promise.all([listSpecialtyOptions(), listReviewerOptions()]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/posts" className="font-semibold text-brand-800 underline">‹ All posts</Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">New post</h1>
      <p className="text-slate-700">A new post starts as your draft: nobody else sees it until an editor publishes it.</p>
      <PostEditor
        action={createPostAction}
        draftKey="post:new"
        fields={{ kind: 'article', access: 'public' }}
        version={null}
        postId={null}
        specialties={specialties.map((s) => [String(s.id), s.name] as const)}
        reviewers={reviewers.map((r) => [String(r.id), r.name] as const)}
        canSubmitForReview={false}
        coverImage={null}
        maxUploadBytes={maxUploadBytes()}
      />
    </div>
  );
}
