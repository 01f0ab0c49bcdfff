import type { Role } from '@/lib/auth/roles';

/* Names the users pages share with lib/admin/users.ts, without its server-only imports. */

export type { Role };

/** The users list's status filter, by the account's standing (lib/accounts/status.ts standingOf). */
export const USER_STANDINGS = ['active', 'deactivated', 'deleted'] as const;
export type UserStandingFilter = (typeof USER_STANDINGS)[number];
