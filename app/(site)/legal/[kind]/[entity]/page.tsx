import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleLayout } from '@/app/_ui/content/article-layout';
import { Facts } from '@/app/_ui/content/facts';
import { DayText } from '@/app/_ui/content/meta';
import { Prose } from '@/app/_ui/content/prose';
import { renderMarkdown } from '@/lib/content/markdown';
import { siteUrl } from '@/lib/env';
import { getCurrentLegalDocument, isLegalEntity, isLegalKind } from '@/lib/legal/queries';
import { LEGAL_ENTITIES, LEGAL_KINDS } from '@/lib/legal/types';

export const revalidate = 300;
// Exactly the four documents of the footer; any other address is a 404 without a query.
export const dynamicParams = false;

type LegalParams = { params: Promise<{ kind: string; entity: string }> };

export function generateStaticParams(): Array<{ kind: string; entity: string }> {
  return LEGAL_KINDS.flatMap((kind) => LEGAL_ENTITIES.map((entity) => ({ kind, entity })));
}

async function loadDocument(params: LegalParams['params']) {
  const { kind, entity } = await params;
  if (!isLegalKind(kind) || !isLegalEntity(entity)) return null;
  return getCurrentLegalDocument(kind, entity);
}

export async function generateMetadata({ params }: LegalParams): Promise<Metadata> {
  const doc = await loadDocument(params);
  if (!doc) return { title: 'Page not found', robots: { index: false } };
  return { title: doc.title, alternates: { canonical: `/legal/${doc.kind}/${doc.entity}` } };
}

export default async function LegalDocumentPage({ params }: LegalParams) {
  const doc = await loadDocument(params);
  if (!doc) notFound();
  const { html, toc } = renderMarkdown(doc.body, { siteOrigin: siteUrl() });
  return (
    <ArticleLayout
      trail={[]}
      title={doc.title}
      toc={toc}
      meta={
        <Facts
          items={[
            { label: 'Version', value: doc.version },
            { label: 'Effective', value: <DayText value={doc.effectiveDate} /> },
          ]}
        />
      }
    >
      <Prose html={html} />
    </ArticleLayout>
  );
}
