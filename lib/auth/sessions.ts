import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, lt, ne, sql } from 'drizzle-orm';
import { db, preparedOnce, type Executor } from '@/lib/db/client';
import { sessions, users, type Role, type UserStatus } from '@/lib/db/schema';
import { hashToken } from './tokens';

/** A session lasts this long from sign-in; every request checks the row, so ending one is instant. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** last_seen_at is written at most this often per session: not a write on every request. */
const LAST_SEEN_GRANULARITY_MS = 5 * 60 * 1000;

/** The signed-in reader of a request, as every protected page, action and route handler sees them. */
export type Viewer = {
  id: number;
  /** The session row's id (the token's hash): for "this device" in the session list. */
  sessionId: string;
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  isEmailVerified: boolean;
  hasTwoFactor: boolean;
  /**
   * The profile's own columns, read with the session in the same query: /account shows and
   * edits them without a second round trip (its budget is a per-request page's).
   */
  profile: ViewerProfile;
  /**
   * A legal document of the user's entity has a version in effect that they have not accepted,
   * though they accepted an earlier one: every signed-in page and action sends them to
   * /legal/accept first (requireUser). Read in the session's own query.
   */
  hasPendingLegal: boolean;
};

export type ViewerProfile = {
  profession: string | null;
  specialtyId: number | null;
  registrationNumber: string | null;
  registrationCouncil: string | null;
  isRegistrationVerified: boolean;
  country: string | null;
};

/** A new session row for a device; returns the token the cookie carries. */
export async function createSession(
  executor: Executor,
  userId: number,
  device: { userAgent: string | null; ip: string | null },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await executor.insert(sessions).values({
    id: hashToken(token),
    userId,
    userAgent: device.userAgent ? summariseUserAgent(device.userAgent) : null,
    ip: device.ip,
    expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS),
  });
  return token;
}

/*
 * Whether the session's user has a legal document to accept, as a correlated subquery of the
 * session lookup (no second query per request). Pending: for a document (kind) of the user's
 * entity (lib/legal/acceptance.ts legalEntityForCountry, written here in SQL), the version in
 * force today (the newest published one whose effective date has come, as the public page picks
 * it) is one the user has not accepted, though they accepted an earlier version of it. So only
 * a new version after an acceptance asks: accounts that never accepted anything (made before
 * acceptances were stored, the seed's demo accounts, staff made by hand) are not stopped, and a
 * version published for a later date asks nobody until that date.
 */
const hasPendingLegalSql = sql<boolean>`exists (
  select 1 from legal_documents cur
  where cur.entity = (case when ${users.country} = 'IN' then 'llp' else 'inc' end)
    and cur.published_at <= now() and cur.effective_date <= current_date
    and not exists (
      select 1 from legal_documents newer
      where newer.kind = cur.kind and newer.entity = cur.entity and newer.version > cur.version
        and newer.published_at <= now() and newer.effective_date <= current_date)
    and not exists (select 1 from legal_acceptances mine where mine.user_id = ${users.id} and mine.document_id = cur.id)
    and exists (
      select 1 from legal_acceptances earlier join legal_documents old on old.id = earlier.document_id
      where earlier.user_id = ${users.id} and old.kind = cur.kind and old.entity = cur.entity and old.version < cur.version)
)`;

/** The statement behind findViewerBySessionToken; the session id is the placeholder `id`. */
function viewerBySessionQuery(executor: Executor) {
  return executor
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      status: users.status,
      emailVerifiedAt: users.emailVerifiedAt,
      totpEnabledAt: users.totpEnabledAt,
      profession: users.profession,
      specialtyId: users.specialtyId,
      registrationNumber: users.registrationNumber,
      registrationCouncil: users.registrationCouncil,
      registrationVerifiedAt: users.registrationVerifiedAt,
      country: users.country,
      lastSeenAt: sessions.lastSeenAt,
      hasPendingLegal: hasPendingLegalSql,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sql.placeholder('id')), gt(sessions.expiresAt, sql`now()`), eq(users.status, 'active')))
    .prepare('find_viewer_by_session');
}

/**
 * The session's user, in one query with their status and role: null when the session was
 * ended, has expired, or the account is not active. Touches last_seen_at now and then.
 */
export async function findViewerBySessionToken(token: string, executor: Executor = db): Promise<Viewer | null> {
  if (token.length < 20 || token.length > 100) return null;
  const id = hashToken(token);
  // Built once for the app's pool (every signed-in request runs it); anew inside a transaction.
  const query = executor === db ? preparedOnce('find_viewer_by_session', viewerBySessionQuery) : viewerBySessionQuery(executor);
  const [row] = await query.execute({ id });
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > LAST_SEEN_GRANULARITY_MS) {
    await executor.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, id));
  }
  return {
    id: row.id,
    sessionId: id,
    email: row.email,
    name: row.name,
    role: row.role,
    status: row.status,
    isEmailVerified: row.emailVerifiedAt !== null,
    hasTwoFactor: row.totpEnabledAt !== null,
    hasPendingLegal: row.hasPendingLegal,
    profile: {
      profession: row.profession,
      specialtyId: row.specialtyId,
      registrationNumber: row.registrationNumber,
      registrationCouncil: row.registrationCouncil,
      isRegistrationVerified: row.registrationVerifiedAt !== null,
      country: row.country,
    },
  };
}

export type DeviceSession = { id: string; userAgent: string | null; ip: string | null; createdAt: Date; lastSeenAt: Date };

/** A user's live sessions, the most recently used first. */
export async function listSessions(userId: number, executor: Executor = db): Promise<DeviceSession[]> {
  return executor
    .select({ id: sessions.id, userAgent: sessions.userAgent, ip: sessions.ip, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, sql`now()`)))
    .orderBy(desc(sessions.lastSeenAt));
}

/**
 * How a page names one of the user's sessions (the session list's "sign out of this device"):
 * derived from the id, never the id itself, so the hash the database keys sessions on stays
 * out of every page and server payload.
 */
export function sessionHandle(sessionId: string): string {
  return createHash('sha256').update(`session-handle:${sessionId}`).digest('hex');
}

/** Ends one of the user's sessions (never someone else's): true if there was one. */
export async function endSession(executor: Executor, userId: number, sessionId: string): Promise<boolean> {
  const ended = await executor
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.id, sessionId)))
    .returning({ id: sessions.id });
  return ended.length > 0;
}

/** Ends every session of the user but the one given: "sign out of all other devices". */
export async function endOtherSessions(executor: Executor, userId: number, keepSessionId: string): Promise<number> {
  const ended = await executor
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)))
    .returning({ id: sessions.id });
  return ended.length;
}

/** Ends all of the user's sessions: password reset, deactivation, deletion, a role change. */
export async function endAllSessions(executor: Executor, userId: number): Promise<number> {
  const ended = await executor.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return ended.length;
}

/** For the jobs: sessions past their lifetime. */
export async function sweepExpiredSessions(executor: Executor = db): Promise<number> {
  const swept = await executor.delete(sessions).where(lt(sessions.expiresAt, sql`now()`)).returning({ id: sessions.id });
  return swept.length;
}

/** "Firefox on Windows": enough to recognise a device in the list, without keeping the whole header. */
export function summariseUserAgent(userAgent: string): string {
  const ua = userAgent.slice(0, 500);
  const browser =
    /Edg\//.test(ua) ? 'Edge'
    : /OPR\//.test(ua) ? 'Opera'
    : /Firefox\//.test(ua) ? 'Firefox'
    : /Chrome\//.test(ua) ? 'Chrome'
    : /Safari\//.test(ua) ? 'Safari'
    : null;
  const system =
    /Android/.test(ua) ? 'Android'
    : /iPhone|iPad|iPod/.test(ua) ? 'iOS'
    : /Windows/.test(ua) ? 'Windows'
    : /Mac OS X|Macintosh/.test(ua) ? 'macOS'
    : /CrOS/.test(ua) ? 'ChromeOS'
    : /Linux/.test(ua) ? 'Linux'
    : null;
  if (browser && system) return `${browser} on ${system}`;
  return (browser ?? system ?? ua.replace(/[^\x20-\x7e]/g, '').slice(0, 60)) || 'Unknown device';
}
