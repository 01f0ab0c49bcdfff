import type { ReactNode } from 'react';
import { requireStaffSection } from '@/lib/admin/auth';

/** The section's gate, before its loading state streams (see requireStaffSection). */
export default async function Layout({ children }: { children: ReactNode }) {
  await requireStaffSection('outbox.read', '/admin/outbox');
  return children;
}
