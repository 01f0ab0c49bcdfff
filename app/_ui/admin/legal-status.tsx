import type { LegalVersionStatus } from '@/lib/admin/legal';

const LABELS: Record<LegalVersionStatus, { text: string; className: string }> = {
  in_effect: { text: 'In effect', className: 'bg-emerald-100 text-emerald-900' },
  scheduled: { text: 'Takes effect later', className: 'bg-amber-100 text-amber-950' },
  superseded: { text: 'Superseded', className: 'bg-slate-100 text-slate-800' },
};

export function LegalStatusBadge({ status }: { status: LegalVersionStatus }) {
  const { text, className } = LABELS[status];
  return <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${className}`}>{text}</span>;
}
