import 'server-only';
import { and, count, desc, eq, gte, ilike, like, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { auditLog, users } from '@/lib/db/schema';
import { likePattern, pageParam, type AdminPage } from './listing';

/*
 * The audit log, for admins (capability audit.read): read only. The database itself refuses
 * any change to a row (drizzle/0012_admin.sql's trigger); nothing here writes.
 */

export const AUDIT_PAGE_SIZE = 50;

const DAY_MS = 24 * 60 * 60 * 1000;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value), schema.optional()).catch(undefined);

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)));

/** The log's query string; a malformed value is ignored, not an error. */
export const AuditQuery = z.object({
  /** Part of the actor's email, any case. */
  actor: optional(z.string().max(254)),
  /** The start of the action, e.g. `user.` or `post.publish`. */
  action: optional(z.string().max(60).regex(/^[a-z0-9_.-]+$/)),
  subject: optional(z.string().max(40).regex(/^[a-z0-9_]+$/)),
  /** From this day (UTC) on, and up to the end of `to` (UTC): `yyyy-mm-dd`, as a date field sends it. */
  from: optional(IsoDay),
  to: optional(IsoDay),
  page: pageParam,
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export type AuditRow = {
  id: number;
  createdAt: Date;
  actorId: number | null;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
};

/** Audit rows matching the filters, newest first (then by id: a stable order), with the actor's name. */
export async function listAuditLog(query: AuditQuery): Promise<AdminPage<AuditRow>> {
  const conditions: SQL[] = [];
  if (query.actor) conditions.push(ilike(users.email, likePattern(query.actor)));
  if (query.action) conditions.push(like(auditLog.action, `${likePattern(query.action).slice(1, -1)}%`));
  if (query.subject) conditions.push(eq(auditLog.subjectType, query.subject));
  if (query.from) conditions.push(gte(auditLog.createdAt, new Date(`${query.from}T00:00:00Z`)));
  if (query.to) conditions.push(lt(auditLog.createdAt, new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS)));
  const where = conditions.length ? and(...conditions) : undefined;
  const [[total], items] = await Promise.all([
    db.select({ total: count() }).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId)).where(where),
    db
      .select({
        id: auditLog.id,
        createdAt: auditLog.createdAt,
        actorId: auditLog.actorId,
        actorName: users.name,
        actorEmail: users.email,
        action: auditLog.action,
        subjectType: auditLog.subjectType,
        subjectId: auditLog.subjectId,
        details: auditLog.details,
        ip: auditLog.ip,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((query.page - 1) * AUDIT_PAGE_SIZE),
  ]);
  const totalCount = total?.total ?? 0;
  return { items, page: query.page, total: totalCount, totalPages: Math.max(1, Math.ceil(totalCount / AUDIT_PAGE_SIZE)) };
}

/** The subject types in the log, for the filter's choices. */
export async function listAuditSubjectTypes(): Promise<string[]> {
  const rows = await db.selectDistinct({ subjectType: auditLog.subjectType }).from(auditLog).orderBy(auditLog.subjectType);
  return rows.map((row) => row.subjectType);
}

const MAX_SUMMARY = 160;
const MAX_VALUE = 40;

/**
 * A row's details as one short line: `from → to` first when the change names them, then the
 * other fields as `name: value`, long values and the whole line cut short. The details are a
 * summary already (lib/audit.ts: never bodies or secrets); this only makes them readable.
 */
export function summariseDetails(details: Record<string, unknown> | null | undefined): string {
  if (!details || typeof details !== 'object') return '';
  const parts: string[] = [];
  const rest = { ...details };
  if ('from' in rest || 'to' in rest) {
    parts.push(`${formatValue(rest.from)} → ${formatValue(rest.to)}`);
    delete rest.from;
    delete rest.to;
  }
  for (const [key, value] of Object.entries(rest)) parts.push(`${humanise(key)}: ${formatValue(value)}`);
  const line = parts.join('; ');
  return line.length > MAX_SUMMARY ? `${line.slice(0, MAX_SUMMARY - 1)}…` : line;
}

function humanise(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
}

function formatValue(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '—';
  else if (typeof value === 'boolean') text = value ? 'yes' : 'no';
  else if (Array.isArray(value)) text = value.map((item) => formatValue(item)).join(', ');
  else if (typeof value === 'object') text = JSON.stringify(value);
  else text = String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}
