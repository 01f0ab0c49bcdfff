import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblem } from '@/lib/auth/password-policy';
import { issueToken } from '@/lib/auth/tokens';
import { db, type Executor } from '@/lib/db/client';
import { specialties, users } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { recordAcceptances } from '@/lib/legal/acceptance';
import { accountExistsMessage, verifyEmailMessage } from '@/lib/mail/messages';
import { sendMail } from '@/lib/mail/send';
import { takeFromRateLimit } from '@/lib/security/rate-limit';
import { addressKey, done, refused, type AccountOutcome, type MailSender } from './outcome';
import type { RegisterInput } from './schemas';

/**
 * Sign-ups from one network address, and attempts for one email address, per hour. A hospital
 * or a conference hall signs many colleagues up from one address: the network limit only stops
 * floods, while the address limit stops mail bombing one inbox.
 */
export const SIGNUP_LIMITS = {
  perAddress: { limit: 30, windowSeconds: 3600 },
  perEmail: { limit: 5, windowSeconds: 3600 },
} as const;

export type RequestContext = { ip: string | null };

/** The user who owns an address, in any letter case. */
export async function findUserByEmail(executor: Executor, email: string) {
  const [row] = await executor
    .select({ id: users.id, email: users.email, name: users.name, status: users.status, emailVerifiedAt: users.emailVerifiedAt })
    .from(users)
    .where(eq(sql`lower(${users.email})`, addressKey(email)));
  return row ?? null;
}

/** A specialty's id by its slug: undefined when there is no such specialty. */
export async function findSpecialtyId(slug: string | null, executor: Executor = db): Promise<number | null | undefined> {
  if (!slug) return null;
  const [row] = await executor.select({ id: specialties.id }).from(specialties).where(eq(specialties.slug, slug));
  return row?.id;
}

/**
 * Sign-up. A new address: the account (argon2id), the acceptances of the Terms and Privacy
 * Policy in force for the country, and a verify_email token, in one transaction; then the
 * link by mail. An address that has an account already, in any letter case: nothing is
 * created and its owner is told instead. Both answer the same and do the same expensive work
 * (the hash), so neither the page nor its timing tells whether an address is registered.
 */
export async function registerAccount(input: RegisterInput, context: RequestContext, send: MailSender = sendMail): Promise<AccountOutcome> {
  const problem = passwordProblem(input.password, [input.name, input.email]);
  if (problem) return refused({ password: [problem] });
  const specialtyId = await findSpecialtyId(input.specialty);
  if (specialtyId === undefined) return refused({ specialty: ['Choose a specialty from the list.'] });

  const addressAllowed = await takeFromRateLimit(`signup:ip:${context.ip ?? 'unknown'}`, SIGNUP_LIMITS.perAddress);
  const emailAllowed = await takeFromRateLimit(`signup:email:${addressKey(input.email)}`, SIGNUP_LIMITS.perEmail);
  if (!addressAllowed || !emailAllowed) {
    throw new AppError('accounts:rate-limited', 'Too many sign-up attempts. Please try again in an hour.', 429);
  }

  const passwordHash = await hashPassword(input.password);
  const outcome = await db.transaction(async (tx) => {
    const existing = await findUserByEmail(tx, input.email);
    if (existing) return { kind: 'exists' as const, owner: existing };
    // A sign-up with the same address at the same moment: the unique index decides, and the loser is "exists".
    const [created] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        passwordHash,
        profession: input.profession,
        specialtyId,
        registrationNumber: input.registrationNumber,
        registrationCouncil: input.registrationCouncil,
        country: input.country,
      })
      .onConflictDoNothing()
      .returning({ id: users.id, email: users.email, name: users.name });
    if (!created) return { kind: 'exists' as const, owner: await findUserByEmail(tx, input.email) };
    const documents = await recordAcceptances(tx, created.id, input.country);
    const token = await issueToken(tx, created.id, 'verify_email');
    await audit(tx, {
      actorId: created.id,
      action: 'account.register',
      subjectType: 'user',
      subjectId: created.id,
      details: { accepted: documents.map((d) => `${d.kind}/${d.entity}/v${d.version}`) },
      ip: context.ip,
    });
    return { kind: 'created' as const, user: created, token };
  });

  if (outcome.kind === 'created') await send(verifyEmailMessage(outcome.user, outcome.token));
  else if (outcome.owner) await send(accountExistsMessage(outcome.owner));
  return done;
}
