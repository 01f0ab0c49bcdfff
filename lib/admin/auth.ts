import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import { currentRequestPath } from '@/lib/auth/request-path';
import { getViewer, requireUser, type Viewer } from '@/lib/auth/session';
import { staffAreaRedirect } from '@/lib/auth/staff-area';
import { isStaffMfaRequired } from '@/lib/env';
import { can, type Capability } from './policy';

/*
 * The gates of /admin, each reading the session from the database (a demoted or signed-out
 * member of staff is refused on their next request): pages, then route handlers. Server
 * actions use staffAction (lib/admin/actions.ts), which ends in the same check.
 */

/** A page under /admin: anonymous → sign in; not allowed → the 403 page; staff without a required second factor → set it up. */
export async function requireStaffPage(capability: Capability, callbackPath: string): Promise<Viewer> {
  const viewer = await requireUser(callbackPath);
  if (!hasRole(viewer.role, 'author') || !can(viewer.role, capability)) forbidden();
  const destination = staffAreaRedirect(viewer, isStaffMfaRequired());
  if (destination) redirect(destination);
  return viewer;
}

/**
 * A section's layout under /admin: its gate before the section's loading state streams, since
 * a page that refuses after the loading state went out can no longer answer 403 (the status
 * goes with the first bytes). Each page checks again itself.
 */
export async function requireStaffSection(capability: Capability, sectionPath: string): Promise<Viewer> {
  return requireStaffPage(capability, await currentRequestPath(sectionPath));
}

/** Why a staff request is refused, or null with the viewer when it may go on. */
export async function checkStaff(capability: Capability): Promise<{ viewer: Viewer; refusal: null } | { viewer: null; refusal: 401 | 403 }> {
  const viewer = await getViewer();
  if (!viewer) return { viewer: null, refusal: 401 };
  // A new legal version to accept first (requireUser's rule for pages): refused like a missing right.
  if (viewer.hasPendingLegal || !can(viewer.role, capability) || staffAreaRedirect(viewer, isStaffMfaRequired()) !== null) return { viewer: null, refusal: 403 };
  return { viewer, refusal: null };
}

/** A route handler under /admin: the viewer, or the 401/403 answer to return instead (never a redirect). */
export async function authorizeStaffRequest(capability: Capability): Promise<Viewer | Response> {
  const { viewer, refusal } = await checkStaff(capability);
  if (viewer) return viewer;
  return Response.json(
    { error: refusal === 401 ? 'Sign in first.' : 'You do not have access to this.' },
    { status: refusal, headers: { 'Cache-Control': 'private, no-store' } },
  );
}
