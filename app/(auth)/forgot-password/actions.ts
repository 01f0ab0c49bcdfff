'use server';

import { headers } from 'next/headers';
import { requestPasswordReset } from '@/lib/accounts/password-reset';
import { ForgotPasswordInput } from '@/lib/accounts/schemas';
import { action } from '@/lib/forms';
import { sendMailAfterResponse } from '@/lib/mail/after-response';
import { clientAddress } from '@/lib/security/client-address';

export const forgotPassword = action(ForgotPasswordInput, { auth: 'public' }, async (input) => {
  await requestPasswordReset(input, { ip: clientAddress(await headers()) }, sendMailAfterResponse);
  // Always this answer: known or unknown address, within the limits or past them.
  return { status: 'ok', values: { email: input.email } };
});
