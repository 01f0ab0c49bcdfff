import 'server-only';
import type { Executor } from '@/lib/db/client';
import { auditLog } from '@/lib/db/schema';

export type AuditEntry = {
  /** Who did it: null for the system (jobs) or an anonymous request. */
  actorId: number | null;
  /** `domain.verb`, e.g. `account.deactivate`. */
  action: string;
  subjectType: string;
  subjectId?: string | number | null;
  /** A short summary of the change: never a password, a token or a whole document. */
  details?: Record<string, unknown>;
  ip?: string | null;
};

/** One audit row, written in the caller's transaction so it stands or falls with the change. */
export async function audit(tx: Executor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId === undefined || entry.subjectId === null ? null : String(entry.subjectId),
    details: entry.details ?? {},
    ip: entry.ip ?? null,
  });
}
