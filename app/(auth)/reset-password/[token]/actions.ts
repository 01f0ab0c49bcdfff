'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { resetPassword } from '@/lib/accounts/password-reset';
import { ResetPasswordInput } from '@/lib/accounts/schemas';
import { action } from '@/lib/forms';
import { sendMailAfterResponse } from '@/lib/mail/after-response';
import { clientAddress } from '@/lib/security/client-address';

export const setNewPassword = action(ResetPasswordInput, { auth: 'public', secretFields: ['password', 'token'] }, async (input) => {
  const outcome = await resetPassword(input, { ip: clientAddress(await headers()) }, sendMailAfterResponse);
  if (outcome.ok) return { status: 'ok' };
  // Used or expired meanwhile (another tab, the hour passed): the page itself says so, without the form.
  if ('invalidLink' in outcome) redirect(`/reset-password/${encodeURIComponent(input.token)}`);
  return { status: 'error', message: 'Please choose another password.', fieldErrors: outcome.fieldErrors };
});
