import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import type { Viewer } from '@/lib/auth/sessions';
import { db } from '@/lib/db/client';
import { specialties, users } from '@/lib/db/schema';
import { done, refused, type AccountOutcome } from './outcome';
import { findSpecialtyId } from './register';
import type { ProfileInput } from './schemas';

/** What /account shows and edits: the user's own profile, never a hash or a token. */
export type Profile = {
  email: string;
  isEmailVerified: boolean;
  name: string;
  profession: string | null;
  specialty: string | null;
  registrationNumber: string | null;
  registrationCouncil: string | null;
  isRegistrationVerified: boolean;
  country: string | null;
};

/**
 * /account's profile from the viewer its session lookup already read: no query of its own
 * but the specialty list, which is held in memory.
 */
export async function profileOf(viewer: Viewer): Promise<Profile> {
  const { specialtyId, ...profile } = viewer.profile;
  const choices = await listSpecialtyChoices();
  return {
    ...profile,
    email: viewer.email,
    isEmailVerified: viewer.isEmailVerified,
    name: viewer.name,
    specialty: choices.find((choice) => choice.id === specialtyId)?.slug ?? null,
  };
}

type SpecialtyChoice = { id: number; slug: string; name: string };

/**
 * How long this process reuses the specialty list. Specialties are seeded and change rarely
 * (there is no screen for them yet); a new one shows on sign-up and /account within this time.
 */
export const SPECIALTY_CHOICES_TTL_MS = 60_000;
let specialtyChoices: { list: Promise<SpecialtyChoice[]>; readAt: number } | null = null;

/** The specialties a reader may choose, by name. */
export function listSpecialtyChoices(): Promise<SpecialtyChoice[]> {
  const now = Date.now();
  if (specialtyChoices === null || now - specialtyChoices.readAt > SPECIALTY_CHOICES_TTL_MS) {
    const list = db
      .select({ id: specialties.id, slug: specialties.slug, name: specialties.name })
      .from(specialties)
      .orderBy(asc(specialties.name))
      .execute();
    specialtyChoices = { list, readAt: now };
    // A failed read is not kept: the next caller asks the database again.
    list.catch(() => {
      if (specialtyChoices?.list === list) specialtyChoices = null;
    });
  }
  return specialtyChoices.list;
}

/**
 * Saves the profile (the same fields and rules as sign-up). A changed registration number or
 * council is no longer the one staff checked, so its verification is withdrawn.
 */
export async function updateProfile(userId: number, input: ProfileInput): Promise<AccountOutcome> {
  const specialtyId = await findSpecialtyId(input.specialty);
  if (specialtyId === undefined) return refused({ specialty: ['Choose a specialty from the list.'] });
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ registrationNumber: users.registrationNumber, registrationCouncil: users.registrationCouncil })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!before) return;
    const registrationChanged =
      before.registrationNumber !== input.registrationNumber || before.registrationCouncil !== input.registrationCouncil;
    await tx
      .update(users)
      .set({
        name: input.name,
        profession: input.profession,
        specialtyId,
        registrationNumber: input.registrationNumber,
        registrationCouncil: input.registrationCouncil,
        country: input.country,
        ...(registrationChanged ? { registrationVerifiedAt: null } : {}),
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, userId));
    await audit(tx, {
      actorId: userId,
      action: 'account.update_profile',
      subjectType: 'user',
      subjectId: userId,
      details: { registrationChanged },
    });
  });
  return done;
}
