import { sql } from 'drizzle-orm';
import { bigint, check, foreignKey, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, sqlList, timestamps } from './columns';
import { specialties } from './specialties';

/** Each role includes the ones before it. */
export const ROLES = ['member', 'author', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const USER_STATUSES = ['active', 'deactivated', 'deleted'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull().default('member'),
    status: text('status', { enum: USER_STATUSES }).notNull().default('active'),
    profession: text('profession'),
    specialtyId: integer('specialty_id').references(() => specialties.id, { onDelete: 'set null' }),
    registrationNumber: text('registration_number'),
    /** The council that issued the registration number (e.g. a state medical council). */
    registrationCouncil: text('registration_council'),
    /** Set by staff once the registration number was checked against the council's register. */
    registrationVerifiedAt: timestamp('registration_verified_at', { withTimezone: true }),
    /** ISO 3166-1 alpha-2; decides which entity's legal documents apply (IN: the LLP's). */
    country: text('country'),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    deactivationReason: text('deactivation_reason'),
    deleteAfter: timestamp('delete_after', { withTimezone: true }),
    /** When the erase job cleared the personal columns; the row stays for certificates and the audit log. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    /** TOTP: the shared secret (base32) while set up or on, and when it was turned on. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The last accepted TOTP time step: a code is never accepted twice. */
    totpLastStep: bigint('totp_last_step', { mode: 'number' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    check('users_email_shape', sql`${t.email} ~ '^[^@\\s]+@[^@\\s]+$' and length(${t.email}) <= 254`),
    check('users_name_length', sql`length(${t.name}) between 1 and 120`),
    check('users_role_check', sql.raw(`role in (${sqlList(ROLES)})`)),
    check('users_status_check', sql.raw(`status in (${sqlList(USER_STATUSES)})`)),
    check('users_registration_length', sql`${t.registrationNumber} is null or length(${t.registrationNumber}) <= 40`),
    check('users_council_length', sql`${t.registrationCouncil} is null or length(${t.registrationCouncil}) <= 120`),
    check('users_country_shape', sql`${t.country} is null or ${t.country} ~ '^[A-Z]{2}$'`),
    check('users_reason_length', sql`${t.deactivationReason} is null or length(${t.deactivationReason}) <= 1000`),
  ],
);

export const AUTH_TOKEN_KINDS = ['verify_email', 'reset_password', 'change_email'] as const;

/** Single-use, expiring tokens; only their SHA-256 is stored. */
export const authTokens = pgTable(
  'auth_tokens',
  {
    id: id(),
    userId: integer('user_id').notNull(),
    kind: text('kind', { enum: AUTH_TOKEN_KINDS }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** change_email: the new address, which becomes the account's once the link is opened. */
    newEmail: text('new_email'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.userId], foreignColumns: [users.id] }).onDelete('cascade'),
    index('auth_tokens_user_idx').on(t.userId),
    check('auth_tokens_kind_check', sql.raw(`kind in (${sqlList(AUTH_TOKEN_KINDS)})`)),
  ],
);

/**
 * One row per signed-in device. The session cookie (a next-auth JWT) carries the random token;
 * only its SHA-256 is stored, so a copy of this table signs nobody in. Deleting the row ends
 * the session at once on every instance.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** A short summary (browser and system), not the whole header. */
    userAgent: text('user_agent'),
    ip: text('ip'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    index('sessions_expires_idx').on(t.expiresAt),
    check('sessions_user_agent_length', sql`${t.userAgent} is null or length(${t.userAgent}) <= 200`),
  ],
);

/** Two-factor recovery codes: ten, shown once, stored as hashes, each used once. */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('recovery_codes_user_hash_key').on(t.userId, t.codeHash)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type AuthToken = typeof authTokens.$inferSelect;
export type Session = typeof sessions.$inferSelect;
