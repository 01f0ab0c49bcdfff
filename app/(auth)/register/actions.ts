'use server';

import { headers } from 'next/headers';
import { registerAccount } from '@/lib/accounts/register';
import { RegisterInput } from '@/lib/accounts/schemas';
import { action } from '@/lib/forms';
import { sendMailAfterResponse } from '@/lib/mail/after-response';
import { clientAddress } from '@/lib/security/client-address';

export const register = action(RegisterInput, { auth: 'public', secretFields: ['password'] }, async (input, { values }) => {
  const outcome = await registerAccount(input, { ip: clientAddress(await headers()) }, sendMailAfterResponse);
  if (!outcome.ok) return { status: 'error', message: 'Please correct the fields marked below.', fieldErrors: outcome.fieldErrors, values };
  // The same answer whether the address was new or taken: only the mail differs.
  return { status: 'ok', values: { email: input.email } };
});
