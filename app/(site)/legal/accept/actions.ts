'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/session';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { action } from '@/lib/forms';
import { acceptPendingDocuments } from '@/lib/legal/acceptance';

const AcceptInput = z.object({ next: z.string().max(2000).optional() });

/**
 * "I accept": stores an acceptance of each version now pending for the user (with its document,
 * so its version), then on to where they were going. The one signed-in action a user with a
 * pending version may take (with signing out), so it authorizes with allowPendingLegal.
 */
export const acceptLegalDocuments = action(AcceptInput, { auth: 'public' }, async (input) => {
  const viewer = await requireUser('/legal/accept', { allowPendingLegal: true });
  await acceptPendingDocuments(viewer.id, viewer.profile.country);
  redirect(safeCallbackPath(input.next ?? '/account'));
});
