import Link from 'next/link';

/** Shown in place of members-only content: what it is and how to get in. */
export function MembersNotice({ what }: { what: string }) {
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-5 text-slate-800">
      <p className="font-semibold">This {what} is for registered doctors.</p>
      <p className="mt-2">
        <Link href="/login" className="link">
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
