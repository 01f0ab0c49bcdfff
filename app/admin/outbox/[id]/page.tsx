import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DateTimeText } from '@/app/_ui/admin/list-parts';
import { MailBodies } from '@/app/_ui/admin/mail-view';
import { requireStaffPage } from '@/lib/admin/auth';
import { getOutboxMessage } from '@/lib/admin/outbox';

export const metadata: Metadata = { title: 'Message' };

export default async function AdminOutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  await requireStaffPage('outbox.read', `/admin/outbox/${encodeURIComponent(rawId)}`);
  if (!/^[1-9][0-9]{0,9}$/.test(rawId) || Number(rawId) > 2_147_483_647) notFound();
  const message = await getOutboxMessage(Number(rawId));
  if (!message) notFound();
  return (
    <div>
      <p className="text-sm">
        <Link href="/admin/outbox" className="link">
          ← The outbox
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight break-words text-slate-900">{message.subject}</h1>
      <dl className="mt-4 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold text-slate-900">To</dt>
        <dd className="break-all text-slate-800">{message.to}</dd>
        <dt className="font-semibold text-slate-900">Status</dt>
        <dd className="text-slate-800">
          {message.status}
          {message.attempts ? ` (${message.attempts} ${message.attempts === 1 ? 'attempt' : 'attempts'})` : ''}
        </dd>
        <dt className="font-semibold text-slate-900">Created</dt>
        <dd className="text-slate-800">
          <DateTimeText value={message.createdAt} />
        </dd>
        {message.sentAt ? (
          <>
            <dt className="font-semibold text-slate-900">Sent</dt>
            <dd className="text-slate-800">
              <DateTimeText value={message.sentAt} />
            </dd>
          </>
        ) : null}
        {message.lastError ? (
          <>
            <dt className="font-semibold text-slate-900">Last error</dt>
            <dd className="break-words text-slate-800">{message.lastError}</dd>
          </>
        ) : null}
      </dl>
      <MailBodies text={message.text} html={message.html} />
    </div>
  );
}
