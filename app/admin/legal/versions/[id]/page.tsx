import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DateText, DayText } from '@/app/_ui/content/meta';
import { Prose } from '@/app/_ui/content/prose';
import { LegalStatusBadge } from '@/app/_ui/admin/legal-status';
import { requireStaffPage } from '@/lib/admin/auth';
import { getLegalVersion, LEGAL_ENTITY_LABELS, LEGAL_KIND_LABELS } from '@/lib/admin/legal';
import { renderMarkdown } from '@/lib/content/markdown';
import { siteUrl } from '@/lib/env';

export const metadata: Metadata = { title: 'Legal version' };

type Props = { params: Promise<{ id: string }> };

export default async function LegalVersionPage({ params }: Props) {
  const { id } = await params;
  await requireStaffPage('legal.manage', `/admin/legal/versions/${encodeURIComponent(id)}`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const version = await getLegalVersion(Number(id));
  if (!version) notFound();
  const { html } = renderMarkdown(version.body, { siteOrigin: siteUrl() });
  return (
    <div>
      <p>
        <Link href="/admin/legal" className="link">Legal documents</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">
        {LEGAL_KIND_LABELS[version.kind]}, {LEGAL_ENTITY_LABELS[version.entity]}: version {version.version}
      </h1>
      <dl className="mt-4 grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-slate-800">
        <dt className="font-semibold">Title</dt>
        <dd>{version.title}</dd>
        <dt className="font-semibold">Takes effect</dt>
        <dd><DayText value={version.effectiveDate} /></dd>
        <dt className="font-semibold">Status</dt>
        <dd><LegalStatusBadge status={version.status} /></dd>
        <dt className="font-semibold">Saved</dt>
        <dd>
          <DateText value={version.createdAt} /> by {version.editorName ?? 'the seed'}
        </dd>
      </dl>
      <p role="note" className="mt-4 max-w-prose rounded-md border border-slate-300 bg-slate-50 p-3 text-slate-800">
        {version.status === 'scheduled'
          ? 'This version is not in effect yet, but it is not edited either: to correct it, save a newer version (it replaces this one from its own date).'
          : 'This version has taken effect and cannot be changed: what users accepted stays exactly as they read it. To change the document, save a new version.'}{' '}
        <Link href={`/admin/legal/${version.kind}/${version.entity}/new`} className="link font-semibold">New version</Link>
      </p>
      <div className="mt-8 border-t border-slate-200 pt-6">
        <Prose html={html} />
      </div>
    </div>
  );
}
