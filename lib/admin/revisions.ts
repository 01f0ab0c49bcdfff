import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db, type Executor } from '@/lib/db/client';
import { revisions, users, type RevisionItemType } from '@/lib/db/schema';

export type { RevisionItemType };

export type RevisionSummary = { version: number; editorName: string | null; note: string; createdAt: Date };
export type Revision = RevisionSummary & { snapshot: Record<string, unknown> };

/**
 * Keeps the item as this save left it, under the version the save made: called in the save's
 * own transaction, after the update, so a revision exists exactly when the save does.
 */
export async function recordRevision(
  tx: Executor,
  entry: { itemType: RevisionItemType; itemId: number; version: number; snapshot: Record<string, unknown>; editorId: number | null; note: string },
): Promise<void> {
  await tx.insert(revisions).values(entry);
}

/** An item's revisions, newest first. */
export async function listRevisions(itemType: RevisionItemType, itemId: number): Promise<RevisionSummary[]> {
  return db
    .select({ version: revisions.version, editorName: users.name, note: revisions.note, createdAt: revisions.createdAt })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.editorId))
    .where(and(eq(revisions.itemType, itemType), eq(revisions.itemId, itemId)))
    .orderBy(desc(revisions.version))
    .limit(200);
}

/** One revision of an item, or null. */
export async function getRevision(itemType: RevisionItemType, itemId: number, version: number, executor: Executor = db): Promise<Revision | null> {
  const [row] = await executor
    .select({ version: revisions.version, editorName: users.name, note: revisions.note, createdAt: revisions.createdAt, snapshot: revisions.snapshot })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.editorId))
    .where(and(eq(revisions.itemType, itemType), eq(revisions.itemId, itemId), eq(revisions.version, version)))
    .limit(1);
  return row ?? null;
}

/** Who saved the item's current version, from its revisions: the name a refused save shows. */
export async function lastEditorName(executor: Executor, itemType: RevisionItemType, itemId: number, version: number): Promise<string | null> {
  return (await getRevision(itemType, itemId, version, executor))?.editorName ?? null;
}
