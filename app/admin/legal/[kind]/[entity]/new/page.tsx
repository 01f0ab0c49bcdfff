import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LegalVersionForm } from '@/app/_ui/admin/legal-version-form';
import { requireStaffPage } from '@/lib/admin/auth';
import { getLatestLegalVersion, LEGAL_ENTITY_LABELS, LEGAL_KIND_LABELS } from '@/lib/admin/legal';
import { isLegalEntity, isLegalKind } from '@/lib/legal/queries';
import { createLegalVersionAction } from '../../../actions';

export const metadata: Metadata = { title: 'New legal version' };

type Props = { params: Promise<{ kind: string; entity: string }> };

export default async function NewLegalVersionPage({ params }: Props) {
  const { kind, entity } = await params;
  await requireStaffPage('legal.manage', `/admin/legal/${encodeURIComponent(kind)}/${encodeURIComponent(entity)}/new`);
  if (!isLegalKind(kind) || !isLegalEntity(entity)) notFound();
  const latest = await getLatestLegalVersion(kind, entity);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div>
      <p>
        <Link href="/admin/legal" className="link">Legal documents</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">
        New version: {LEGAL_KIND_LABELS[kind]}, {LEGAL_ENTITY_LABELS[entity]}
      </h1>
      <p className="mt-2 max-w-prose text-slate-700">
        {latest
          ? `This will be version ${latest.version + 1}. It starts from the text of version ${latest.version}; versions already saved are not changed.`
          : 'This will be version 1.'}
      </p>
      <div className="mt-6">
        <LegalVersionForm
          action={createLegalVersionAction}
          kind={kind}
          entity={entity}
          basedOnVersion={latest?.version ?? 0}
          defaults={{ title: latest?.title ?? LEGAL_KIND_LABELS[kind], body: latest?.body ?? '' }}
          today={today}
        />
      </div>
    </div>
  );
}
