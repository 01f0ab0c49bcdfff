import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '@/lib/audit';
import { db, type Executor } from '@/lib/db/client';
import { LEGAL_ENTITIES, LEGAL_KINDS, legalDocuments, users, type LegalEntity, type LegalKind } from '@/lib/db/schema';
import type { FormState } from '@/lib/form-state';
import { recordRevision } from './revisions';

/*
 * The legal documents' versions for staff (capability legal.manage). A version is never edited
 * once saved: a change is a new version (the last + 1), which the public page shows from its
 * effective date (lib/legal/queries.ts, the newest version in effect). A version set for a later
 * date that needs a correction is superseded by a newer one, not edited: so what a reader or a
 * user accepted under a version number is always exactly what that number says, and nothing
 * needs a lock token beyond the version the form was opened at (`version`, the last version
 * then: a second editor's new version in between is a conflict, shown beside the form's text).
 */

export const LEGAL_KIND_LABELS: Record<LegalKind, string> = { terms: 'Terms & Conditions', privacy: 'Privacy Policy' };
export const LEGAL_ENTITY_LABELS: Record<LegalEntity, string> = { llp: 'Hidoc LLP (India)', inc: 'Hidoc Inc (elsewhere)' };

export type LegalVersionStatus = 'in_effect' | 'scheduled' | 'superseded';

export type LegalVersionRow = {
  id: number;
  kind: LegalKind;
  entity: LegalEntity;
  version: number;
  title: string;
  effectiveDate: string;
  createdAt: Date;
  editorName: string | null;
  status: LegalVersionStatus;
};

export type LegalDocumentHistory = { kind: LegalKind; entity: LegalEntity; versions: LegalVersionRow[] };

/** Today's date as the public pages count it (the database's current_date), YYYY-MM-DD. */
async function databaseToday(executor: Executor = db): Promise<string> {
  const [row] = await executor.execute<{ today: string }>(sql`select current_date::text as today`);
  return row!.today;
}

/** Which version of each document is in force on `today`, and which are past or to come. */
function withStatus<T extends { kind: LegalKind; entity: LegalEntity; version: number; effectiveDate: string }>(rows: T[], today: string) {
  const inForce = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.kind}:${row.entity}`;
    if (row.effectiveDate <= today && row.version > (inForce.get(key) ?? 0)) inForce.set(key, row.version);
  }
  return rows.map((row) => {
    const current = inForce.get(`${row.kind}:${row.entity}`) ?? 0;
    const status: LegalVersionStatus = row.effectiveDate > today ? 'scheduled' : row.version === current ? 'in_effect' : 'superseded';
    return { ...row, status };
  });
}

const versionColumns = {
  id: legalDocuments.id,
  kind: legalDocuments.kind,
  entity: legalDocuments.entity,
  version: legalDocuments.version,
  title: legalDocuments.title,
  effectiveDate: legalDocuments.effectiveDate,
  createdAt: legalDocuments.createdAt,
  editorName: users.name,
};

/** The four documents (terms and privacy, for each entity), each with its versions, newest first. */
export async function listLegalDocumentHistories(): Promise<LegalDocumentHistory[]> {
  const [rows, today] = await Promise.all([
    db
      .select(versionColumns)
      .from(legalDocuments)
      .leftJoin(users, eq(users.id, legalDocuments.editorId))
      .orderBy(asc(legalDocuments.kind), asc(legalDocuments.entity), desc(legalDocuments.version)),
    databaseToday(),
  ]);
  const withStatuses = withStatus(rows, today);
  return LEGAL_KINDS.flatMap((kind) =>
    LEGAL_ENTITIES.map((entity) => ({ kind, entity, versions: withStatuses.filter((r) => r.kind === kind && r.entity === entity) })),
  );
}

export type LegalVersion = LegalVersionRow & { body: string };

/** One version with its text, or null. */
export async function getLegalVersion(id: number): Promise<LegalVersion | null> {
  const [rows, today] = await Promise.all([
    db
      .select({ ...versionColumns, body: legalDocuments.body })
      .from(legalDocuments)
      .leftJoin(users, eq(users.id, legalDocuments.editorId))
      .where(eq(legalDocuments.id, id))
      .limit(1),
    databaseToday(),
  ]);
  const [row] = rows;
  if (!row) return null;
  // Its status among its own document's versions.
  const siblings = await db
    .select({ kind: legalDocuments.kind, entity: legalDocuments.entity, version: legalDocuments.version, effectiveDate: legalDocuments.effectiveDate })
    .from(legalDocuments)
    .where(and(eq(legalDocuments.kind, row.kind), eq(legalDocuments.entity, row.entity)));
  const status = withStatus(siblings, today).find((s) => s.version === row.version)!.status;
  return { ...row, status };
}

/** The latest version of a document (what a new version starts from), or null. */
export async function getLatestLegalVersion(kind: LegalKind, entity: LegalEntity): Promise<LegalVersion | null> {
  const [row] = await db
    .select({ id: legalDocuments.id })
    .from(legalDocuments)
    .where(and(eq(legalDocuments.kind, kind), eq(legalDocuments.entity, entity)))
    .orderBy(desc(legalDocuments.version))
    .limit(1);
  return row ? getLegalVersion(row.id) : null;
}

export const LegalVersionInput = z.object({
  kind: z.enum(LEGAL_KINDS),
  entity: z.enum(LEGAL_ENTITIES),
  /** The last version when the form was opened (0 for none): a newer one since is a conflict. */
  version: z.coerce.number().int().min(0),
  title: z.string().trim().min(3, 'Enter a title of at least 3 characters.').max(200, 'Keep the title under 200 characters.'),
  body: z.string().trim().min(20, 'Enter the text of the document.').max(19_000, 'The text is too long for one version.'),
  effectiveDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date it takes effect (YYYY-MM-DD).'),
});
export type LegalVersionInput = z.infer<typeof LegalVersionInput>;

export type CreatedLegalVersion = { status: 'ok'; id: number; version: number; isInEffect: boolean; effectiveDate: string };

/**
 * Saves a new version (the last + 1) of a document, effective today or later, with its revision
 * and audit row, in one transaction. Refused (a FormState, nothing saved) when the date is past
 * or another version was saved since the form was opened. Only for legal.manage: the caller
 * (staffAction) checked the role.
 */
export async function createLegalVersion(editor: { id: number }, input: LegalVersionInput): Promise<CreatedLegalVersion | FormState> {
  if (Number.isNaN(Date.parse(`${input.effectiveDate}T00:00:00Z`))) {
    return { status: 'error', message: 'Please correct the fields marked below.', fieldErrors: { effectiveDate: ['Enter a real date.'] } };
  }
  return db.transaction(async (tx) => {
    // One new version of a document at a time: the next number is read and taken under the lock.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`legal_documents:${input.kind}:${input.entity}`}))`);
    const today = await databaseToday(tx);
    if (input.effectiveDate < today) {
      return {
        status: 'error',
        message: 'Please correct the fields marked below.',
        fieldErrors: { effectiveDate: [`A new version takes effect today (${today}) or later: versions already in effect are never changed.`] },
      } satisfies FormState;
    }
    const [latest] = await tx
      .select({ version: legalDocuments.version, title: legalDocuments.title, body: legalDocuments.body, effectiveDate: legalDocuments.effectiveDate, createdAt: legalDocuments.createdAt, editorName: users.name })
      .from(legalDocuments)
      .leftJoin(users, eq(users.id, legalDocuments.editorId))
      .where(and(eq(legalDocuments.kind, input.kind), eq(legalDocuments.entity, input.entity)))
      .orderBy(desc(legalDocuments.version))
      .limit(1);
    const last = latest?.version ?? 0;
    if (last !== input.version) {
      return {
        status: 'error',
        message: `Version ${last} of this document was saved since you opened the form. Nothing was saved; your text is kept below.`,
        conflict: {
          version: last,
          savedBy: latest?.editorName ?? null,
          savedAt: (latest?.createdAt ?? new Date()).toISOString(),
          fields: { title: latest?.title ?? '', body: latest?.body ?? '', effectiveDate: latest?.effectiveDate ?? '' },
        },
      } satisfies FormState;
    }
    const version = last + 1;
    const [created] = await tx
      .insert(legalDocuments)
      .values({
        kind: input.kind,
        entity: input.entity,
        version,
        title: input.title,
        body: input.body,
        effectiveDate: input.effectiveDate,
        publishedAt: sql`now()`,
        editorId: editor.id,
      })
      .returning({ id: legalDocuments.id });
    await recordRevision(tx, {
      itemType: 'legal_document',
      itemId: created!.id,
      version,
      snapshot: { kind: input.kind, entity: input.entity, title: input.title, body: input.body, effectiveDate: input.effectiveDate },
      editorId: editor.id,
      note: `Version ${version}, effective ${input.effectiveDate}`,
    });
    await audit(tx, {
      actorId: editor.id,
      action: 'legal.version_create',
      subjectType: 'legal_document',
      subjectId: created!.id,
      details: { kind: input.kind, entity: input.entity, version, effectiveDate: input.effectiveDate, changed: changedFields(latest, input) },
    });
    return { status: 'ok', id: created!.id, version, isInEffect: input.effectiveDate <= today, effectiveDate: input.effectiveDate } satisfies CreatedLegalVersion;
  });
}

function changedFields(previous: { title: string; body: string } | undefined, next: { title: string; body: string }): string[] {
  if (!previous) return ['title', 'body'];
  return (['title', 'body'] as const).filter((field) => previous[field] !== next[field]);
}

/** The public page of a document, to revalidate when a version takes effect. */
export function legalPagePath(kind: LegalKind, entity: LegalEntity): string {
  return `/legal/${kind}/${entity}`;
}
