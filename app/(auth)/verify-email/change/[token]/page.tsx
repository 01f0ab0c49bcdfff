import type { Metadata } from 'next';
import Link from 'next/link';
import { ConfirmEmailChangeForm } from '@/app/_ui/account/confirm-email-change-form';
import { isTokenUsable } from '@/lib/auth/tokens';
import { confirmEmailChangeAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Confirm your new email address', robots: { index: false }, referrer: 'no-referrer' };

/*
 * Opening the link shows a button rather than changing the address at once: mail scanners and
 * link previews fetch links, and must not use up (or complete) the change on their own.
 */
export default async function ConfirmEmailChangePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const usable = await isTokenUsable('change_email', token);
  return (
    <div className="mx-auto max-w-xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Confirm your new email address</h1>
      {usable ? (
        <div className="mt-6 space-y-4">
          <p className="text-slate-800">Confirm to make this address the one you sign in with and receive our mail at.</p>
          <ConfirmEmailChangeForm action={confirmEmailChangeAction} token={token} />
        </div>
      ) : (
        <div className="mt-6 space-y-4 text-slate-800">
          <p>This link has expired or was already used.</p>
          <p>
            You can ask for a new one in{' '}
            <Link className="link" href="/account/security#change-email">
              your account’s security page
            </Link>
            .
          </p>
        </div>
      )}
    </div>
  );
}
