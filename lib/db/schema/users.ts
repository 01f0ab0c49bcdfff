import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
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
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    /** Bumped by password change, "sign out everywhere" and deactivation: older sessions end. */
    sessionVersion: integer('session_version').notNull().default(1),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
    deactivationReason: text('deactivation_reason'),
    deleteAfter: timestamp('delete_after', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    check('users_email_shape', sql`${t.email} ~ '^[^@\\s]+@[^@\\s]+$' and length(${t.email}) <= 254`),
    check('users_name_length', sql`length(${t.name}) between 1 and 120`),
    check('users_role_check', sql.raw(`role in (${sqlList(ROLES)})`)),
    check('users_status_check', sql.raw(`status in (${sqlList(USER_STATUSES)})`)),
    check('users_registration_length', sql`${t.registrationNumber} is null or length(${t.registrationNumber}) <= 40`),
    check('users_reason_length', sql`${t.deactivationReason} is null or length(${t.deactivationReason}) <= 1000`),
  ],
);

export const AUTH_TOKEN_KINDS = ['verify_email', 'reset_password'] as const;

/** Single-use, expiring tokens; only their SHA-256 is stored. */
export const authTokens = pgTable(
  'auth_tokens',
  {
    id: id(),
    userId: integer('user_id').notNull(),
    kind: text('kind', { enum: AUTH_TOKEN_KINDS }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
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

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type AuthToken = typeof authTokens.$inferSelect;
