import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { AppError } from '@/lib/errors';
import { hasRole, type Role } from './roles';
import { sessionCookieName, sessionTokenFromCookie } from './session-cookie';
import { findViewerBySessionToken, type Viewer } from './sessions';

export type { Viewer };

/** The session token carried by this request's cookie (a next-auth JWT), or null. */
async function readSessionToken(): Promise<string | null> {
  const jar = await cookies();
  return sessionTokenFromCookie(jar.get(sessionCookieName())?.value);
}

/** The signed-in reader of this request, re-read from the database once per request. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const token = await readSessionToken();
  return token ? findViewerBySessionToken(token) : null;
});

/** Where a signed-in user with a new legal document in force goes before anything else. */
export const LEGAL_ACCEPT_PATH = '/legal/accept';

/**
 * Pages, actions and route handlers that need an account: the viewer, or off to sign in; a
 * viewer with a new legal version to accept is sent to /legal/accept first (hasPendingLegal,
 * read with the session), except by that page itself (`allowPendingLegal`).
 */
export async function requireUser(callbackPath?: string, options: { allowPendingLegal?: boolean } = {}): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(callbackPath ? `/login?callbackUrl=${encodeURIComponent(callbackPath)}` : '/login');
  if (viewer.hasPendingLegal && !options.allowPendingLegal) {
    redirect(callbackPath ? `${LEGAL_ACCEPT_PATH}?next=${encodeURIComponent(callbackPath)}` : LEGAL_ACCEPT_PATH);
  }
  return viewer;
}

/** Staff areas: the viewer if their role includes `role`; anonymous → sign in, others → 403. */
export async function requireRole(role: Role, callbackPath?: string): Promise<Viewer> {
  const viewer = await requireUser(callbackPath);
  if (!hasRole(viewer.role, role)) throw new AppError('auth:forbidden', 'You do not have access to this page.', 403);
  return viewer;
}
