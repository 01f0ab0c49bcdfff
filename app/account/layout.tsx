import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AccountNav } from '@/app/_ui/account/account-nav';
import { currentRequestPath } from '@/lib/auth/request-path';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = {
  title: { default: 'Your account', template: '%s · Your account' },
  robots: { index: false, follow: false },
};

/**
 * Every account page is the signed-in user's own, rendered per request. This is the first
 * check; each page, action and route handler below checks again (a layout does not run on
 * every navigation between its pages).
 */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  await requireUser(await currentRequestPath('/account'));
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-8 sm:px-6 md:flex-row">
      <AccountNav />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
