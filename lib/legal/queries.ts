import 'server-only';
import { and, desc, eq, isNotNull, lte, sql } from 'drizzle-orm';
import { cache } from 'react';
import { db } from '@/lib/db/client';
import { LEGAL_ENTITIES, LEGAL_KINDS, legalDocuments, type LegalEntity, type LegalKind } from '@/lib/db/schema';

export type CurrentLegalDocument = {
  kind: LegalKind;
  entity: LegalEntity;
  version: number;
  title: string;
  /** Markdown. */
  body: string;
  /** ISO date (YYYY-MM-DD). */
  effectiveDate: string;
  updatedAt: Date;
};

export function isLegalKind(value: string): value is LegalKind {
  return (LEGAL_KINDS as readonly string[]).includes(value);
}

export function isLegalEntity(value: string): value is LegalEntity {
  return (LEGAL_ENTITIES as readonly string[]).includes(value);
}

/**
 * The version of a legal document in force today: the newest published one whose effective
 * date has come. A version published ahead of its effective date stays hidden until then.
 */
export const getCurrentLegalDocument = cache(async function getCurrentLegalDocument(
  kind: LegalKind,
  entity: LegalEntity,
): Promise<CurrentLegalDocument | null> {
  const [row] = await db
    .select({
      kind: legalDocuments.kind,
      entity: legalDocuments.entity,
      version: legalDocuments.version,
      title: legalDocuments.title,
      body: legalDocuments.body,
      effectiveDate: legalDocuments.effectiveDate,
      updatedAt: legalDocuments.updatedAt,
    })
    .from(legalDocuments)
    .where(
      and(
        eq(legalDocuments.kind, kind),
        eq(legalDocuments.entity, entity),
        isNotNull(legalDocuments.publishedAt),
        lte(legalDocuments.publishedAt, sql`now()`),
        lte(legalDocuments.effectiveDate, sql`current_date`),
      ),
    )
    .orderBy(desc(legalDocuments.version))
    .limit(1);
  return row ?? null;
});
