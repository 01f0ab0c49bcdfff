import type { Metadata } from 'next';
import Link from 'next/link';
import { DayText } from '@/app/_ui/content/meta';
import { AcceptLegalForm } from '@/app/_ui/legal/accept-form';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { requireUser } from '@/lib/auth/session';
import { listPendingDocuments } from '@/lib/legal/acceptance';
import { acceptLegalDocuments } from './actions';

// Per request and private: one signed-in user's pending documents (nonce policy, middleware.ts).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Updated terms', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

/**
 * Where every signed-in page and action sends a user while a new version of a legal document of
 * theirs is in effect and not yet accepted (lib/auth/session.ts requireUser). They read it,
 * accept it or sign out; the legal pages themselves stay open to them.
 */
export default async function AcceptLegalPage({ searchParams }: Props) {
  const viewer = await requireUser('/legal/accept', { allowPendingLegal: true });
  const raw = (await searchParams).next;
  const next = safeCallbackPath(typeof raw === 'string' ? raw : '/account');
  const pending = await listPendingDocuments(viewer.id, viewer.profile.country);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{pending.length > 0 ? 'Our terms have changed' : 'Nothing to accept'}</h1>
      {pending.length > 0 ? (
        <>
          <p className="mt-4 text-slate-800">
            A new version of the following {pending.length === 1 ? 'document is' : 'documents are'} in effect. Please read{' '}
            {pending.length === 1 ? 'it' : 'them'} and accept to continue, or sign out.
          </p>
          <ul className="mt-4 space-y-3">
            {pending.map((document) => (
              <li key={document.id} className="rounded-md border border-slate-300 p-4">
                <Link href={document.href} className="link font-semibold">
                  {document.title}
                </Link>
                <p className="mt-1 text-slate-700">
                  Version {document.version}, in effect since <DayText value={document.effectiveDate} />; you accepted version {document.acceptedVersion}.
                </p>
              </li>
            ))}
          </ul>
          <AcceptLegalForm action={acceptLegalDocuments} next={next} />
        </>
      ) : (
        <p className="mt-4 text-slate-800">
          You have accepted the documents in effect. <Link href={next} className="link">Continue</Link>
        </p>
      )}
    </div>
  );
}
