import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { insertUser } from '@/lib/accounts/test-helpers';
import { createSession, findViewerBySessionToken } from '@/lib/auth/sessions';
import { auditLog, legalDocuments, revisions } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { useSession as actAs } from '@/lib/db/test/next-request';
import type { FormState } from '@/lib/form-state';
import { formOf as form, insertStaff } from '@/lib/admin/test-helpers';

/*
 * Legal versions from the staff form to the signed-in user: a version set for a later date shows
 * nowhere and stops nobody until its day; once in effect, a user who accepted the earlier one is
 * sent to /legal/accept by every signed-in page and action, and accepting stores the version.
 */

const revalidated: string[] = [];
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => void revalidated.push(path), revalidateTag: () => {} }));
vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).switchableRequest);

const { createLegalVersionAction } = await import('./actions');
const { acceptLegalDocuments } = await import('@/app/(site)/legal/accept/actions');
const { requireUser } = await import('@/lib/auth/session');
const { getCurrentLegalDocument } = await import('@/lib/legal/queries');
const { listAcceptances, listPendingDocuments, recordAcceptances } = await import('@/lib/legal/acceptance');

const { db } = testDatabase('seeded', 'adm_dash_legal');

async function redirectOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return digest.split(';')[2] ?? null;
  }
}

async function dayFromToday(days: number): Promise<string> {
  const [row] = await db.execute<{ day: string }>(sql`select (current_date + ${days}::int)::text as day`);
  return row!.day;
}

async function latestVersion(kind: 'terms' | 'privacy', entity: 'llp' | 'inc'): Promise<number> {
  const [row] = await db.execute<{ version: number }>(sql`select max(version)::int as version from legal_documents where kind = ${kind} and entity = ${entity}`);
  return row!.version;
}

/** A signed-in doctor in India (the LLP's documents) who accepted what was in force at sign-up. */
async function signedUpDoctor(email: string) {
  const user = await insertUser(db, { email, name: 'Dr Legal', country: 'IN', emailVerifiedAt: new Date() });
  await db.transaction((tx) => recordAcceptances(tx, user.id, 'IN'));
  const token = await createSession(db, user.id, { userAgent: 'vitest', ip: '192.0.2.200' });
  return { id: user.id, token };
}

const call = (fields: Record<string, string>) => createLegalVersionAction({ status: 'idle' }, form(fields)) as Promise<FormState>;

describe('a new legal version', () => {
  let editor: Awaited<ReturnType<typeof insertStaff>>;
  let doctor: { id: number; token: string };
  let futureVersion: number;

  beforeAll(async () => {
    editor = await insertStaff(db, 'editor');
    doctor = await signedUpDoctor('legal-doctor@example.com');
  });

  it('set for a later date is saved (version + 1, revision, audit) but not shown and gates nobody until then', async () => {
    const before = await latestVersion('terms', 'llp');
    const shown = await getCurrentLegalDocument('terms', 'llp');
    await actAs(editor.token);
    const answer = await call({ kind: 'terms', entity: 'llp', version: String(before), title: 'Terms, revised', body: 'The revised terms of use, in full.', effectiveDate: await dayFromToday(3) });
    expect(answer.status).toBe('ok');
    futureVersion = before + 1;
    expect(await latestVersion('terms', 'llp')).toBe(futureVersion);
    const [created] = await db.select().from(legalDocuments).where(and(eq(legalDocuments.kind, 'terms'), eq(legalDocuments.entity, 'llp'), eq(legalDocuments.version, futureVersion)));
    expect(created!.editorId).toBe(editor.id);
    expect(await db.select().from(revisions).where(and(eq(revisions.itemType, 'legal_document'), eq(revisions.itemId, created!.id)))).toHaveLength(1);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'legal.version_create'), eq(auditLog.subjectId, String(created!.id))));
    expect(entry!.actorId).toBe(editor.id);
    expect(entry!.details).toMatchObject({ kind: 'terms', entity: 'llp', version: futureVersion });
    // Not in effect: the public page keeps the old version and nothing was revalidated for it.
    expect((await getCurrentLegalDocument('terms', 'llp'))!.version).toBe(shown!.version);
    expect(revalidated).not.toContain('/legal/terms/llp');
    expect((await findViewerBySessionToken(doctor.token))!.hasPendingLegal).toBe(false);
    await actAs(doctor.token);
    await expect(requireUser('/account')).resolves.toMatchObject({ id: doctor.id });
  });

  it('once in effect, sends a user who accepted the old one to /legal/accept, and accepting stores the version and lets them through', async () => {
    // Its day comes.
    await db.update(legalDocuments).set({ effectiveDate: await dayFromToday(0) }).where(and(eq(legalDocuments.kind, 'terms'), eq(legalDocuments.entity, 'llp'), eq(legalDocuments.version, futureVersion)));
    expect((await getCurrentLegalDocument('terms', 'llp'))!.version).toBe(futureVersion);
    expect((await findViewerBySessionToken(doctor.token))!.hasPendingLegal).toBe(true);

    await actAs(doctor.token);
    expect(await redirectOf(requireUser('/account'))).toBe('/legal/accept?next=%2Faccount');
    // A signed-in action is refused the same way.
    expect(await redirectOf(createLegalVersionAction({ status: 'idle' }, form({})))).toBe('/legal/accept');
    // The accept page itself is open to them, and lists what changed.
    await expect(requireUser('/legal/accept', { allowPendingLegal: true })).resolves.toMatchObject({ id: doctor.id });
    const pending = await listPendingDocuments(doctor.id, 'IN');
    expect(pending.map((d) => [d.kind, d.version, d.acceptedVersion])).toEqual([['terms', futureVersion, futureVersion - 1]]);

    expect(await redirectOf(acceptLegalDocuments({ status: 'idle' }, form({ next: '/account/cme' })))).toBe('/account/cme');
    expect((await listAcceptances(doctor.id)).filter((a) => a.kind === 'terms').map((a) => a.version)).toEqual([futureVersion - 1, futureVersion]);
    expect((await findViewerBySessionToken(doctor.token))!.hasPendingLegal).toBe(false);
    await expect(requireUser('/account')).resolves.toMatchObject({ id: doctor.id });
    // The other entity's users were never asked.
    const abroad = await insertUser(db, { email: 'legal-abroad@example.com', name: 'Dr Abroad', country: 'US' });
    await db.transaction((tx) => recordAcceptances(tx, abroad.id, 'US'));
    const abroadToken = await createSession(db, abroad.id, { userAgent: null, ip: null });
    expect((await findViewerBySessionToken(abroadToken))!.hasPendingLegal).toBe(false);
  });

  it('does not stop a new sign-up, nor an account that never accepted anything', async () => {
    const fresh = await signedUpDoctor('legal-fresh@example.com');
    expect((await findViewerBySessionToken(fresh.token))!.hasPendingLegal).toBe(false);
    const legacy = await insertUser(db, { email: 'legal-legacy@example.com', name: 'Dr Legacy', country: 'IN' });
    const legacyToken = await createSession(db, legacy.id, { userAgent: null, ip: null });
    expect((await findViewerBySessionToken(legacyToken))!.hasPendingLegal).toBe(false);
  });

  it('effective today is shown at once: the public page is revalidated', async () => {
    const before = await latestVersion('privacy', 'inc');
    await actAs(editor.token);
    const answer = await call({ kind: 'privacy', entity: 'inc', version: String(before), title: 'Privacy Policy', body: 'How we keep your data, revised today.', effectiveDate: await dayFromToday(0) });
    expect(answer.status).toBe('ok');
    expect(revalidated).toContain('/legal/privacy/inc');
    expect((await getCurrentLegalDocument('privacy', 'inc'))!.version).toBe(before + 1);
  });

  it('refuses a date in the past and a form opened before another version was saved', async () => {
    const before = await latestVersion('terms', 'inc');
    await actAs(editor.token);
    const past = await call({ kind: 'terms', entity: 'inc', version: String(before), title: 'Terms', body: 'Terms that would have applied yesterday.', effectiveDate: await dayFromToday(-1) });
    expect(past.status).toBe('error');
    expect(past.fieldErrors?.effectiveDate?.[0]).toMatch(/today .* or later/);
    const stale = await call({ kind: 'terms', entity: 'inc', version: String(before - 1), title: 'Terms', body: 'Terms typed in a form opened long ago.', effectiveDate: await dayFromToday(5) });
    expect(stale.status).toBe('error');
    expect(stale.conflict?.version).toBe(before);
    expect(stale.values?.body).toBe('Terms typed in a form opened long ago.');
    expect(await latestVersion('terms', 'inc')).toBe(before);
  });

  it('cannot be made by an author or a member', async () => {
    const before = await latestVersion('terms', 'inc');
    for (const role of ['author', 'member'] as const) {
      const someone = await insertStaff(db, role);
      await actAs(someone.token);
      const answer = await call({ kind: 'terms', entity: 'inc', version: String(before), title: 'Terms', body: 'Terms nobody may publish here.', effectiveDate: await dayFromToday(1) });
      expect(answer.status, role).toBe('error');
      expect(answer.message, role).toMatch(/access/i);
    }
    expect(await latestVersion('terms', 'inc')).toBe(before);
  });
});
