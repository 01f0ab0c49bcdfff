import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DateTimeText, EmptyState, FilterForm, FilterSelect, FilterText, ListPagination, ResultCount, TableFrame, TD, TH } from '@/app/_ui/admin/list-parts';
import { requireStaffPage } from '@/lib/admin/auth';
import { AuditQuery, listAuditLog, listAuditSubjectTypes, summariseDetails } from '@/lib/admin/audit-log';
import { searchParamsOf } from '@/lib/admin/listing';

export const metadata: Metadata = { title: 'Audit log' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminAuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaffPage('audit.read', '/admin/audit');
  const query = AuditQuery.parse(searchParamsOf(await searchParams));
  const [list, subjectTypes] = await Promise.all([listAuditLog(query), listAuditSubjectTypes()]);
  if (query.page > list.totalPages) notFound();
  const filters = { actor: query.actor, action: query.action, subject: query.subject, from: query.from, to: query.to };
  const isFiltered = Object.values(filters).some(Boolean);
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Audit log</h1>
      <p className="mt-2 text-slate-700">Every staff change and account status change, newest first. The database refuses any edit or deletion of these rows.</p>
      <FilterForm action="/admin/audit" label="Filter the audit log" resetHref={isFiltered ? '/admin/audit' : undefined}>
        <FilterText id="audit-actor" name="actor" label="Actor's email" value={query.actor} />
        <FilterText id="audit-action" name="action" label="Action starts with" value={query.action} />
        <FilterSelect
          id="audit-subject"
          name="subject"
          label="Subject"
          value={query.subject}
          anyLabel="Any subject"
          options={subjectTypes.map((type) => [type, type] as const)}
        />
        <FilterText id="audit-from" name="from" type="date" label="From (UTC)" value={query.from} />
        <FilterText id="audit-to" name="to" type="date" label="To (UTC)" value={query.to} />
      </FilterForm>
      <ResultCount total={list.total} page={list.page} totalPages={list.totalPages} noun={['entry', 'entries']} />
      {list.items.length === 0 ? (
        <EmptyState>{isFiltered ? 'No entry matches these filters.' : 'The audit log is empty.'}</EmptyState>
      ) : (
        <TableFrame label="Audit log entries">
          <table className="min-w-full divide-y divide-slate-200">
            <caption className="sr-only">Audit log entries, newest first</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={TH}>When</th>
                <th scope="col" className={TH}>Who</th>
                <th scope="col" className={TH}>Action</th>
                <th scope="col" className={TH}>Subject</th>
                <th scope="col" className={TH}>Change</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {list.items.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className={`${TH} font-normal whitespace-nowrap`}>
                    <DateTimeText value={row.createdAt} />
                  </th>
                  <td className={TD}>
                    {row.actorId === null ? (
                      'System'
                    ) : (
                      <Link href={`/admin/users/${row.actorId}`} className="link">
                        {row.actorName ?? `User ${row.actorId}`}
                      </Link>
                    )}
                  </td>
                  <td className={TD}>
                    <code className="font-mono">{row.action}</code>
                  </td>
                  <td className={TD}>
                    {row.subjectType === 'user' && row.subjectId ? (
                      <Link href={`/admin/users/${row.subjectId}`} className="link">
                        user {row.subjectId}
                      </Link>
                    ) : (
                      `${row.subjectType}${row.subjectId ? ` ${row.subjectId}` : ''}`
                    )}
                  </td>
                  <td className={`${TD} break-words`}>{summariseDetails(row.details) || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <ListPagination basePath="/admin/audit" filters={filters} page={list.page} totalPages={list.totalPages} />
    </div>
  );
}
