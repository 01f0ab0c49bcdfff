import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RestoreRevisionForm } from '@/app/_ui/admin/post-status-form';
import { requireStaffPage } from '@/lib/admin/auth';
import { diffLines } from '@/lib/admin/line-diff';
import { POST_FIELD_LABELS } from '@/lib/admin/post-fields';
import { parsePostId } from '@/lib/admin/post-schemas';
import { getPostRevision } from '@/lib/admin/posts';
import { restorePostRevisionAction } from '../../../actions';

export const metadata: Metadata = { title: 'Revision' };

const utc = (date: Date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

const CHANGE_LABELS = { same: 'Unchanged', removed: 'Only in this version', added: 'Only in the current version' } as const;

export default async function PostRevisionPage({ params }: { params: Promise<{ id: string; version: string }> }) {
  const { id: rawId, version: rawVersion } = await params;
  const viewer = await requireStaffPage('posts.draft', `/admin/posts/${rawId}/revisions/${rawVersion}`);
  const id = parsePostId(rawId);
  const version = parsePostId(rawVersion);
  if (id === null || version === null) notFound();
  const found = await getPostRevision(viewer, id, version);
  if (!found) notFound();
  const { current, revision, fields } = found;
  const isCurrent = version === current.post.version;
  const others = Object.keys(POST_FIELD_LABELS).filter((name) => name !== 'body');
  const bodyDiff = diffLines(fields.body ?? '', current.fields.body ?? '');

  return (
    <div className="space-y-6">
      <p className="flex flex-wrap gap-4">
        <Link href={`/admin/posts/${id}/revisions`} className="font-semibold text-brand-800 underline">‹ All revisions</Link>
        <Link href={`/admin/posts/${id}`} className="font-semibold text-brand-800 underline">Back to the post</Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight break-words text-slate-900">Version {revision.version} of “{current.post.title}”</h1>
      <p className="text-slate-700">
        {revision.note || 'Saved'} by {revision.editorName ?? 'someone no longer here'} at {utc(revision.createdAt)}.{' '}
        {isCurrent ? 'This is the current version.' : `The current version is ${current.post.version}.`}
      </p>
      {!isCurrent && current.canEdit ? <RestoreRevisionForm action={restorePostRevisionAction} postId={id} version={current.post.version} fromVersion={version} /> : null}

      <div className="overflow-x-auto">
        <table className="w-full table-fixed border-collapse text-left text-sm">
          <caption className="mb-2 text-left font-semibold text-slate-900">Fields: version {revision.version} beside the current version {current.post.version}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="w-1/4 py-2 pr-3">Field</th>
              <th scope="col" className="py-2 pr-3">Version {revision.version}</th>
              <th scope="col" className="py-2 pr-3">Current</th>
              <th scope="col" className="w-24 py-2">Same?</th>
            </tr>
          </thead>
          <tbody>
            {others.map((name) => {
              const same = (fields[name] ?? '') === (current.fields[name] ?? '');
              return (
                <tr key={name} className={`border-b border-slate-200 align-top ${same ? '' : 'bg-amber-50'}`}>
                  <th scope="row" className="py-2 pr-3 font-semibold">{POST_FIELD_LABELS[name]}</th>
                  <td className="py-2 pr-3 break-words whitespace-pre-wrap">{fields[name] || '—'}</td>
                  <td className="py-2 pr-3 break-words whitespace-pre-wrap">{current.fields[name] || '—'}</td>
                  <td className="py-2">{same ? 'Same' : 'Changed'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="body-diff-heading">
        <h2 id="body-diff-heading" className="text-xl font-bold text-slate-900">Body, line by line</h2>
        {bodyDiff.every((line) => line.change === 'same') ? (
          <p className="mt-2 text-slate-700">The body is the same in both versions.</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full table-fixed border-collapse text-left font-mono text-sm">
              <caption className="sr-only">Lines of the body: only in version {revision.version}, only in the current version, or in both</caption>
              <thead className="sr-only">
                <tr>
                  <th scope="col">Change</th>
                  <th scope="col">Line</th>
                </tr>
              </thead>
              <tbody>
                {bodyDiff.map((line, index) => (
                  <tr key={index} className={line.change === 'removed' ? 'bg-red-50' : line.change === 'added' ? 'bg-emerald-50' : ''}>
                    <td className="w-48 py-0.5 pr-2 align-top font-sans text-xs text-slate-700">{line.change === 'same' ? '' : CHANGE_LABELS[line.change]}</td>
                    <td className="py-0.5 break-words whitespace-pre-wrap">
                      {line.change === 'removed' ? (
                        <del className="text-red-900">{line.text || ' '}</del>
                      ) : line.change === 'added' ? (
                        <ins className="text-emerald-900 no-underline">{line.text || ' '}</ins>
                      ) : (
                        line.text || ' '
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
