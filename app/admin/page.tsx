import type { Metadata } from 'next';
import { requireStaffPage } from '@/lib/admin/auth';

export const metadata: Metadata = { title: 'Dashboard' };

// The dashboard (issue 17, point 7) is built on this page.
export default async function AdminDashboardPage() {
  const viewer = await requireStaffPage('admin.enter', '/admin');
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Dashboard</h1>
      <p className="mt-2 text-slate-700">Signed in as {viewer.name} ({viewer.role}).</p>
    </div>
  );
}
