import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AdminNav } from '@/app/_ui/admin/admin-nav';
import { requireStaffPage } from '@/lib/admin/auth';
import { sectionsFor } from '@/lib/admin/sections';
import { currentRequestPath } from '@/lib/auth/request-path';

export const metadata: Metadata = {
  title: { default: 'Admin', template: '%s · Admin' },
  robots: { index: false, follow: false },
};

/**
 * The staff area, rendered per request under middleware.ts's nonce policy. This is the first
 * check (anonymous → sign in, members → 403); every page, action and route handler below checks
 * its own capability again (a layout does not run on every navigation between its pages).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requireStaffPage('admin.enter', await currentRequestPath('/admin'));
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-8 px-4 py-8 sm:px-6 md:flex-row">
      <AdminNav items={sectionsFor(viewer.role)} />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
