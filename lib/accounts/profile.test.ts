import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, specialties, users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { createSession, findViewerBySessionToken } from '@/lib/auth/sessions';
import { profileOf, updateProfile } from './profile';
import { ProfileInput } from './schemas';
import { insertUser } from './test-helpers';

const { db } = testDatabase('seeded', 'accounts_profile');

/** The profile as /account reads it: from a fresh session's lookup. */
async function getProfile(userId: number) {
  const viewer = await findViewerBySessionToken(await createSession(db, userId, { userAgent: null, ip: null }), db);
  return profileOf(viewer!);
}

const edit = (overrides: Record<string, string> = {}) =>
  ProfileInput.parse({
    name: 'Dr Kavya Rao',
    profession: 'doctor',
    specialty: 'haematology',
    registrationNumber: 'KMC-99',
    registrationCouncil: 'Karnataka Medical Council',
    country: 'IN',
    ...overrides,
  });

describe('profile', () => {
  it('saves the profile and shows it back without any secret', async () => {
    const user = await insertUser(db, { email: 'kavya@example.org', passwordHash: '$argon2id$secret-looking-hash', country: 'GB' });
    expect(await updateProfile(user.id, edit())).toEqual({ ok: true });
    const profile = await getProfile(user.id);
    expect(profile).toEqual({
      email: 'kavya@example.org',
      isEmailVerified: false,
      name: 'Dr Kavya Rao',
      profession: 'doctor',
      specialty: 'haematology',
      registrationNumber: 'KMC-99',
      registrationCouncil: 'Karnataka Medical Council',
      isRegistrationVerified: false,
      country: 'IN',
    });
    expect(JSON.stringify(profile)).not.toContain('argon2id');
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'account.update_profile'), eq(auditLog.subjectId, String(user.id))));
    expect(entry).toBeDefined();
  });

  it('withdraws the staff check of a registration number that changed, and keeps it otherwise', async () => {
    const user = await insertUser(db, { email: 'checked@example.org', registrationNumber: 'KMC-99', registrationCouncil: 'Karnataka Medical Council', registrationVerifiedAt: new Date() });
    await updateProfile(user.id, edit({ name: 'New Name' }));
    expect((await getProfile(user.id))!.isRegistrationVerified).toBe(true);
    await updateProfile(user.id, edit({ registrationNumber: 'KMC-100' }));
    expect((await getProfile(user.id))!.isRegistrationVerified).toBe(false);
  });

  it('refuses an unknown specialty beside the field, changing nothing', async () => {
    const user = await insertUser(db, { email: 'unknown-specialty@example.org', name: 'Before' });
    expect(await updateProfile(user.id, edit({ specialty: 'astrology' }))).toEqual({ ok: false, fieldErrors: { specialty: ['Choose a specialty from the list.'] } });
    const [row] = await db.select({ name: users.name, specialtyId: users.specialtyId }).from(users).where(eq(users.id, user.id));
    expect(row).toEqual({ name: 'Before', specialtyId: null });
    expect(await db.select().from(specialties).where(eq(specialties.slug, 'haematology'))).toHaveLength(1);
  });

  it('changes only the user it is given', async () => {
    const mine = await insertUser(db, { email: 'mine@example.org', name: 'Mine' });
    const theirs = await insertUser(db, { email: 'theirs@example.org', name: 'Theirs' });
    await updateProfile(mine.id, edit({ name: 'Mine, edited' }));
    expect((await getProfile(theirs.id))!.name).toBe('Theirs');
  });
});
