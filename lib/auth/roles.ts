import { ROLES, type Role } from '@/lib/db/schema';

export { ROLES, type Role };

/** Roles are ordered; each includes the ones before it (member < author < editor < admin). */
export function hasRole(actual: Role, needed: Role): boolean {
  return ROLES.indexOf(actual) >= ROLES.indexOf(needed);
}
