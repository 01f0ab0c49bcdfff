import type { ReactNode } from 'react';
import { requireStaffPage } from '@/lib/admin/auth';
import { currentRequestPath } from '@/lib/auth/request-path';

/*
 * The section's gate before its loading state streams: a page that refuses after the loading
 * state went out can no longer answer 403 (the status is sent with the first bytes). Each page
 * checks again itself.
 */
export default async function Layout({ children }: { children: ReactNode }) {
  await requireStaffPage('audit.read', await currentRequestPath('/admin/audit'));
  return children;
}
