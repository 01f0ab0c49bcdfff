import 'server-only';
import { and, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { db, type Executor } from '@/lib/db/client';
import { LEGAL_ENTITIES, legalAcceptances, legalDocuments, type LegalEntity, type LegalKind } from '@/lib/db/schema';

/** Readers in India contract with the LLP; everyone else with the Inc. */
export function legalEntityForCountry(country: string): LegalEntity {
  return country === 'IN' ? 'llp' : 'inc';
}

export type DocumentToAccept = { id: number; kind: LegalKind; entity: LegalEntity; version: number; title: string; href: string };

/**
 * The Terms and the Privacy Policy in force today for each entity (the newest published
 * version whose effective date has come, as getCurrentLegalDocument picks it), for the
 * sign-up form's links and for the acceptance rows.
 */
export async function listDocumentsToAccept(executor: Executor = db): Promise<Record<LegalEntity, DocumentToAccept[]>> {
  const rows = await executor
    .selectDistinctOn([legalDocuments.kind, legalDocuments.entity], {
      id: legalDocuments.id,
      kind: legalDocuments.kind,
      entity: legalDocuments.entity,
      version: legalDocuments.version,
      title: legalDocuments.title,
    })
    .from(legalDocuments)
    .where(and(isNotNull(legalDocuments.publishedAt), lte(legalDocuments.publishedAt, sql`now()`), lte(legalDocuments.effectiveDate, sql`current_date`)))
    .orderBy(legalDocuments.kind, legalDocuments.entity, sql`${legalDocuments.version} desc`);
  const byEntity = Object.fromEntries(LEGAL_ENTITIES.map((entity) => [entity, [] as DocumentToAccept[]])) as Record<LegalEntity, DocumentToAccept[]>;
  for (const row of rows) byEntity[row.entity].push({ ...row, href: `/legal/${row.kind}/${row.entity}` });
  for (const list of Object.values(byEntity)) list.sort((a, b) => (a.kind === 'terms' ? -1 : 1) - (b.kind === 'terms' ? -1 : 1));
  return byEntity;
}

/**
 * Records that the user accepted the documents in force for their country, in the caller's
 * transaction. Returns them; throws when one of the two is missing, so that nobody signs up
 * to terms that do not exist.
 */
export async function recordAcceptances(tx: Executor, userId: number, country: string): Promise<DocumentToAccept[]> {
  const entity = legalEntityForCountry(country);
  const documents = (await listDocumentsToAccept(tx))[entity];
  const kinds = new Set(documents.map((d) => d.kind));
  if (!kinds.has('terms') || !kinds.has('privacy')) throw new Error(`No Terms or Privacy Policy in force for the ${entity}`);
  await tx.insert(legalAcceptances).values(documents.map((d) => ({ userId, documentId: d.id })));
  return documents;
}

/** A user's acceptances, newest first (for tests and the data download). */
export async function listAcceptances(userId: number, executor: Executor = db) {
  return executor
    .select({
      kind: legalDocuments.kind,
      entity: legalDocuments.entity,
      version: legalDocuments.version,
      title: legalDocuments.title,
      acceptedAt: legalAcceptances.acceptedAt,
    })
    .from(legalAcceptances)
    .innerJoin(legalDocuments, eq(legalDocuments.id, legalAcceptances.documentId))
    .where(eq(legalAcceptances.userId, userId))
    .orderBy(legalAcceptances.acceptedAt, legalDocuments.kind);
}

export type PendingDocument = DocumentToAccept & { effectiveDate: string; acceptedVersion: number };

/**
 * The documents in force for the user's entity whose current version they have not accepted,
 * though they accepted an earlier one (the rule of the session lookup's hasPendingLegal, in
 * lib/auth/sessions.ts): what /legal/accept lists, with the version they accepted last.
 */
export async function listPendingDocuments(userId: number, country: string | null, executor: Executor = db): Promise<PendingDocument[]> {
  const entity = legalEntityForCountry(country ?? '');
  const current = (await listDocumentsToAccept(executor))[entity];
  if (current.length === 0) return [];
  const accepted = await executor
    .select({ kind: legalDocuments.kind, documentId: legalDocuments.id, version: legalDocuments.version })
    .from(legalAcceptances)
    .innerJoin(legalDocuments, eq(legalDocuments.id, legalAcceptances.documentId))
    .where(and(eq(legalAcceptances.userId, userId), eq(legalDocuments.entity, entity)));
  const dates = await executor
    .select({ id: legalDocuments.id, effectiveDate: legalDocuments.effectiveDate })
    .from(legalDocuments)
    .where(inArray(legalDocuments.id, current.map((d) => d.id)));
  const pending: PendingDocument[] = [];
  for (const document of current) {
    const mine = accepted.filter((a) => a.kind === document.kind);
    if (mine.some((a) => a.documentId === document.id)) continue;
    const earlier = mine.filter((a) => a.version < document.version).map((a) => a.version);
    if (earlier.length === 0) continue;
    const effectiveDate = dates.find((d) => d.id === document.id)!.effectiveDate;
    pending.push({ ...document, effectiveDate, acceptedVersion: Math.max(...earlier) });
  }
  return pending;
}

/**
 * The user accepts the versions now pending for them, each stored with its document (and so
 * its version), in one transaction; a second press adds nothing. Returns what was accepted.
 */
export async function acceptPendingDocuments(userId: number, country: string | null): Promise<PendingDocument[]> {
  return db.transaction(async (tx) => {
    const pending = await listPendingDocuments(userId, country, tx);
    if (pending.length > 0) {
      await tx
        .insert(legalAcceptances)
        .values(pending.map((d) => ({ userId, documentId: d.id })))
        .onConflictDoNothing();
    }
    return pending;
  });
}
