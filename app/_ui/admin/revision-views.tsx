import Link from 'next/link';
import { RestoreRevisionForm } from '@/app/_ui/admin/status-controls';
import type { Revision, RevisionSummary } from '@/lib/admin/revisions';
import type { FormAction } from '@/lib/form-state';

/*
 * The saved versions of an item of any kind: the list at `<item>/revisions`, and one version at
 * `<item>/revisions/<n>`, beside the current one, with its restore button.
 */

/** An item as its revision pages show it: its edit page's address, its current version and fields. */
type CurrentItem = { href: string; id: number; version: number; fields: Record<string, string> };

/** The page of an item's saved versions. `noun` names the item in the link back ("Back to the event"). */
export function SavedVersionsPage({ item, noun, revisions }: { item: CurrentItem; noun: string; revisions: RevisionSummary[] }) {
  return (
    <div>
      <p>
        <Link href={item.href} className="text-brand-800 underline">
          Back to the {noun}
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight break-words text-slate-900">Saved versions: {item.fields.title}</h1>
      <RevisionList revisions={revisions} hrefFor={(version) => `${item.href}/revisions/${version}`} />
    </div>
  );
}

/** The page of one saved version: who saved it and when, its fields beside the current ones, and a restore as a new save. */
export function SavedVersionPage({ item, revision, labels, restore }: { item: CurrentItem; revision: Revision; labels: Record<string, string>; restore: FormAction }) {
  return (
    <div>
      <p>
        <Link href={`${item.href}/revisions`} className="text-brand-800 underline">
          All saved versions
        </Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight break-words text-slate-900">
        Version {revision.version} of {item.fields.title}
      </h1>
      <p className="mt-2 text-slate-700">
        Saved {revision.createdAt.toLocaleString('en-GB', { timeZone: 'UTC' })} UTC by {revision.editorName ?? 'unknown'}: {revision.note}
      </p>
      {revision.version !== item.version ? (
        <RestoreRevisionForm action={restore} id={item.id} version={item.version} revision={revision.version} />
      ) : (
        <p className="mt-4 text-slate-700">This is the current version.</p>
      )}
      <RevisionCompare labels={labels} revision={revision.snapshot} current={item.fields} revisionVersion={revision.version} currentVersion={item.version} />
    </div>
  );
}

/** An item's saved versions, newest first, each linking to its page. */
export function RevisionList({ revisions, hrefFor }: { revisions: RevisionSummary[]; hrefFor: (version: number) => string }) {
  if (revisions.length === 0) return <p className="mt-6 rounded-md border border-slate-300 bg-white p-6 text-slate-800">No saved versions yet.</p>;
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Saved versions, newest first</caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-slate-300 px-2 py-2">Version</th>
            <th scope="col" className="border-b border-slate-300 px-2 py-2">Saved</th>
            <th scope="col" className="border-b border-slate-300 px-2 py-2">By</th>
            <th scope="col" className="border-b border-slate-300 px-2 py-2">What</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.version}>
              <th scope="row" className="border-b border-slate-200 px-2 py-2 font-normal">
                <Link href={hrefFor(revision.version)} className="font-semibold text-brand-800 underline">
                  Version {revision.version}
                </Link>
              </th>
              <td className="border-b border-slate-200 px-2 py-2">{revision.createdAt.toLocaleString('en-GB', { timeZone: 'UTC' })} UTC</td>
              <td className="border-b border-slate-200 px-2 py-2">{revision.editorName ?? 'Unknown'}</td>
              <td className="border-b border-slate-200 px-2 py-2">{revision.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One revision's fields beside the current ones, differences marked. */
export function RevisionCompare({
  labels,
  revision,
  current,
  revisionVersion,
  currentVersion,
}: {
  labels: Record<string, string>;
  revision: Record<string, unknown>;
  current: Record<string, string>;
  revisionVersion: number;
  currentVersion: number;
}) {
  const text = (value: unknown) => (value == null ? '' : String(value));
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full table-fixed border-collapse text-left text-sm">
        <caption className="sr-only">Version {revisionVersion} compared with the current version {currentVersion}, field by field</caption>
        <thead>
          <tr>
            <th scope="col" className="w-1/5 border-b border-slate-300 px-2 py-2">Field</th>
            <th scope="col" className="border-b border-slate-300 px-2 py-2">Version {revisionVersion}</th>
            <th scope="col" className="border-b border-slate-300 px-2 py-2">Current (version {currentVersion})</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(labels).map(([name, label]) => {
            const old = text(revision[name]);
            const now = current[name] ?? '';
            const differs = old !== now;
            return (
              <tr key={name} className={`align-top ${differs ? 'bg-amber-50' : ''}`}>
                <th scope="row" className="border-b border-slate-200 px-2 py-2 font-semibold">
                  {label}
                  {differs ? <span className="block text-xs font-normal text-amber-950">differs</span> : null}
                </th>
                <td className="border-b border-slate-200 px-2 py-2 break-words whitespace-pre-wrap">{old}</td>
                <td className="border-b border-slate-200 px-2 py-2 break-words whitespace-pre-wrap">{now}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
