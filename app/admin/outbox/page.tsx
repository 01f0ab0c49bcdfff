import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DateTimeText, EmptyState, FilterForm, FilterText, ListPagination, ResultCount, TableFrame, TD, TH } from '@/app/_ui/admin/list-parts';
import { requireStaffPage } from '@/lib/admin/auth';
import { searchParamsOf } from '@/lib/admin/listing';
import { isSmtpConfigured, listOutbox, OutboxQuery } from '@/lib/admin/outbox';

export const metadata: Metadata = { title: 'Mail outbox' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminOutboxPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaffPage('outbox.read', '/admin/outbox');
  const query = OutboxQuery.parse(searchParamsOf(await searchParams));
  const list = await listOutbox(query);
  if (query.page > list.totalPages) notFound();
  const filters = { to: query.to };
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Mail outbox</h1>
      {isSmtpConfigured() ? (
        <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-slate-900">
          Mail goes out by SMTP: messages are not kept here. This table holds only what it still has, such as sends that failed (their links removed).
        </p>
      ) : (
        <p className="mt-2 text-slate-700">SMTP is not configured: every message the portal sends is kept here instead, newest first.</p>
      )}
      <FilterForm action="/admin/outbox" label="Filter the outbox" resetHref={query.to ? '/admin/outbox' : undefined}>
        <div className="sm:col-span-2">
          <FilterText id="outbox-to" name="to" type="search" label="Recipient" value={query.to} />
        </div>
      </FilterForm>
      <ResultCount total={list.total} page={list.page} totalPages={list.totalPages} noun={['message', 'messages']} />
      {list.items.length === 0 ? (
        <EmptyState>{query.to ? 'No message to a matching address.' : 'The outbox is empty.'}</EmptyState>
      ) : (
        <TableFrame label="Messages">
          <table className="min-w-full divide-y divide-slate-200">
            <caption className="sr-only">Messages, newest first</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={TH}>Subject</th>
                <th scope="col" className={TH}>To</th>
                <th scope="col" className={TH}>Status</th>
                <th scope="col" className={TH}>When</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {list.items.map((message) => (
                <tr key={message.id}>
                  <th scope="row" className={`${TH} font-normal`}>
                    <Link href={`/admin/outbox/${message.id}`} className="link font-semibold">
                      {message.subject}
                    </Link>
                  </th>
                  <td className={`${TD} break-all`}>{message.to}</td>
                  <td className={TD}>{message.status}</td>
                  <td className={`${TD} whitespace-nowrap`}>
                    <DateTimeText value={message.createdAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <ListPagination basePath="/admin/outbox" filters={filters} page={list.page} totalPages={list.totalPages} />
    </div>
  );
}
