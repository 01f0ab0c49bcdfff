import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requireStaffPage } from '@/lib/admin/auth';
import { parsePostId } from '@/lib/admin/post-schemas';
import { getPostForEditing } from '@/lib/admin/posts';
import { listRevisions } from '@/lib/admin/revisions';

export const metadata: Metadata = { title: 'Revisions' };

const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

export default async function PostRevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  const viewer = await requireStaffPage('posts.draft', `/admin/posts/${rawId}/revisions`);
  const id = parsePostId(rawId);
  if (id === null) notFound();
  const editing = await getPostForEditing(viewer, id);
  if (!editing) notFound();
  const revisions = await listRevisions('post', id);
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/admin/posts/${id}`} className="font-semibold text-brand-800 underline">‹ Back to the post</Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight break-words text-slate-900">Revisions of “{editing.post.title}”</h1>
      {revisions.length === 0 ? (
        <p className="text-slate-700">No revisions were kept for this post (it was made before revisions were).</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left text-slate-700">Every saved version, newest first; the current one is version {editing.post.version}.</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-3">Version</th>
                <th scope="col" className="py-2 pr-3">What happened</th>
                <th scope="col" className="py-2 pr-3">By</th>
                <th scope="col" className="py-2">When</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision) => (
                <tr key={revision.version} className="border-b border-slate-200">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    <Link href={`/admin/posts/${id}/revisions/${revision.version}`} className="font-semibold text-brand-800 underline">
                      Version {revision.version}
                      {revision.version === editing.post.version ? ' (current)' : ''}
                    </Link>
                  </th>
                  <td className="py-2 pr-3">{revision.note || 'saved'}</td>
                  <td className="py-2 pr-3">{revision.editorName ?? '—'}</td>
                  <td className="py-2">{utc(revision.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
