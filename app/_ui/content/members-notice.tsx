import Link from 'next/link';

/**
 * Shown in place of members-only content: what it is and how to get in. With `returnTo`
 * the sign-in link brings the reader back to this page afterwards.
 */
export function MembersNotice({ what, returnTo }: { what: string; returnTo?: string }) {
  const loginHref = returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : '/login';
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-5 text-slate-800">
      <p className="font-semibold">This {what} is for registered doctors.</p>
      <p className="mt-2">
        <Link href={loginHref} className="link">
          Sign in
        </Link>{' '}
        or{' '}
        <Link href="/register" className="link">
          create a free account
        </Link>{' '}
        to read it in full.
      </p>
    </div>
  );
}
