import 'server-only';
import { redirect } from 'next/navigation';
import { isStaffMfaRequired } from '@/lib/env';
import { hasRole } from './roles';
import { requireRole, type Viewer } from './session';

/** Where staff without a second factor are sent: the page that turns it on, with a notice. */
export const STAFF_MFA_PATH = '/account/security?mfa=required';

/** Where a viewer must go instead of the staff area, or null when they may enter. */
export function staffAreaRedirect(viewer: Pick<Viewer, 'role' | 'hasTwoFactor'>, isMfaRequired: boolean): string | null {
  if (!hasRole(viewer.role, 'author')) return null;
  return isMfaRequired && !viewer.hasTwoFactor ? STAFF_MFA_PATH : null;
}

/**
 * The gate of /admin's layout and of every staff action: an author or above (anonymous → sign
 * in, members → 403), who has two-factor on when REQUIRE_STAFF_MFA is (otherwise off to set it up).
 */
export async function requireStaffArea(callbackPath?: string): Promise<Viewer> {
  const viewer = await requireRole('author', callbackPath);
  const destination = staffAreaRedirect(viewer, isStaffMfaRequired());
  if (destination) redirect(destination);
  return viewer;
}
