import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { audit } from '@/lib/audit';
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

export async function getProfile(userId: number): Promise<Profile | null> {
  const [row] = await db
    .select({
      email: users.email,
      emailVerifiedAt: users.emailVerifiedAt,
      name: users.name,
      profession: users.profession,
      specialty: specialties.slug,
      registrationNumber: users.registrationNumber,
      registrationCouncil: users.registrationCouncil,
      registrationVerifiedAt: users.registrationVerifiedAt,
      country: users.country,
    })
    .from(users)
    .leftJoin(specialties, eq(specialties.id, users.specialtyId))
    .where(eq(users.id, userId));
  if (!row) return null;
  const { emailVerifiedAt, registrationVerifiedAt, ...rest } = row;
  return { ...rest, isEmailVerified: emailVerifiedAt !== null, isRegistrationVerified: registrationVerifiedAt !== null };
}

/** The specialties a reader may choose, by name. */
export async function listSpecialtyChoices(): Promise<Array<{ slug: string; name: string }>> {
  return db.select({ slug: specialties.slug, name: specialties.name }).from(specialties).orderBy(asc(specialties.name));
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
