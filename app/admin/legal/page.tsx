import type { Metadata } from 'next';
import Link from 'next/link';
import { DayText } from '@/app/_ui/content/meta';
import { LegalStatusBadge } from '@/app/_ui/admin/legal-status';
import { requireStaffPage } from '@/lib/admin/auth';
import { LEGAL_ENTITY_LABELS, LEGAL_KIND_LABELS, listLegalDocumentHistories } from '@/lib/admin/legal';

export const metadata: Metadata = { title: 'Legal documents' };

export default async function AdminLegalPage() {
  await requireStaffPage('legal.manage', '/admin/legal');
  const documents = await listLegalDocumentHistories();
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Legal documents</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        A version is never changed once saved. To change a document, save a new version with the date it takes effect; signed-in users who
        accepted an earlier version are asked to accept it from that day.
      </p>
      <div className="mt-8 space-y-10">
        {documents.map(({ kind, entity, versions }) => {
          const headingId = `legal-${kind}-${entity}`;
          return (
            <section key={headingId} aria-labelledby={headingId}>
              <div className="flex flex-wrap items-baseline justify-between gap-3">
                <h2 id={headingId} className="text-xl font-bold text-slate-900">
                  {LEGAL_KIND_LABELS[kind]}, {LEGAL_ENTITY_LABELS[entity]}
                </h2>
                <p className="flex flex-wrap gap-4">
                  <Link href={`/legal/${kind}/${entity}`} className="link">Public page</Link>
                  <Link href={`/admin/legal/${kind}/${entity}/new`} className="link font-semibold">
                    New version<span className="sr-only"> of the {LEGAL_KIND_LABELS[kind]}, {LEGAL_ENTITY_LABELS[entity]}</span>
                  </Link>
                </p>
              </div>
              {versions.length === 0 ? (
                <p className="mt-3 text-slate-700">No version yet.</p>
              ) : (
                <div className="mt-3 overflow-x-auto">
                  <table className="w-full border-collapse text-left text-sm">
                    <caption className="sr-only">Versions of the {LEGAL_KIND_LABELS[kind]}, {LEGAL_ENTITY_LABELS[entity]}, newest first</caption>
                    <thead>
                      <tr className="border-b border-slate-300">
                        <th scope="col" className="py-2 pr-3">Version</th>
                        <th scope="col" className="py-2 pr-3">Title</th>
                        <th scope="col" className="py-2 pr-3">Takes effect</th>
                        <th scope="col" className="py-2 pr-3">Status</th>
                        <th scope="col" className="py-2">Saved by</th>
                      </tr>
                    </thead>
                    <tbody>
                      {versions.map((v) => (
                        <tr key={v.id} className="border-b border-slate-200">
                          <td className="py-2 pr-3">
                            <Link href={`/admin/legal/versions/${v.id}`} className="link">
                              Version {v.version}
                            </Link>
                          </td>
                          <td className="py-2 pr-3">{v.title}</td>
                          <td className="py-2 pr-3"><DayText value={v.effectiveDate} /></td>
                          <td className="py-2 pr-3"><LegalStatusBadge status={v.status} /></td>
                          <td className="py-2">{v.editorName ?? 'Seed'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
