'use server';

import { headers } from 'next/headers';
import { confirmEmailChange } from '@/lib/auth/change-email';
import { EmailChangeTokenInput } from '@/lib/auth/security-schemas';
import { action } from '@/lib/forms';
import { clientAddress } from '@/lib/security/client-address';

/*
 * Public: the link may be opened on a device where the account is not signed in. The token is
 * the proof (of the new mailbox), and the change was asked for with the password.
 */
export const confirmEmailChangeAction = action(EmailChangeTokenInput, { auth: 'public', secretFields: ['token'] }, async (input) => {
  const outcome = await confirmEmailChange(input.token, { ip: clientAddress(await headers()) });
  if (!outcome.ok) return { status: 'error', message: outcome.message };
  return { status: 'ok', message: `Your account now uses ${outcome.email}. Use it the next time you sign in.` };
});
