'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { EndSessionInput } from '@/lib/auth/schemas';
import { endDeviceSession, endOtherDeviceSessions } from '@/lib/auth/sign-out';
import { action, NoFields } from '@/lib/forms';
import { clientAddress } from '@/lib/security/client-address';

/** "Sign out of this device" on one row of the session list: only the viewer's own sessions. */
export const endSessionAction = action(EndSessionInput, { auth: 'user' }, async ({ sessionId }, { viewer }) => {
  const ended = await endDeviceSession(viewer, sessionId, clientAddress(await headers()));
  // No refresh: the row stays until the next visit, saying it was signed out, where the reader looked.
  return ended ? { status: 'ok', message: 'That device is signed out.' } : { status: 'error', message: 'That device was already signed out.' };
});

/** "Sign out of all other devices": every session but this one. */
export const endOtherSessionsAction = action(NoFields, { auth: 'user' }, async (_input, { viewer }) => {
  const count = await endOtherDeviceSessions(viewer, clientAddress(await headers()));
  refresh();
  return { status: 'ok', message: count === 1 ? 'One other device is signed out.' : `${count} other devices are signed out.` };
});
