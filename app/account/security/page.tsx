import type { Metadata } from 'next';
import { SessionList } from '@/app/_ui/account/session-list';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Security' };

/** Password, email, two-factor and sessions: each section is its own component. */
export default async function SecurityPage() {
  const viewer = await requireUser('/account/security');
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Security</h1>
      <SessionList viewer={viewer} />
    </>
  );
}
