'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { REACTIVATION_REFUSED, ReactivateInput, reactivateWithCredentials } from '@/lib/accounts/reactivation';
import { action } from '@/lib/forms';
import { clientAddress } from '@/lib/security/client-address';

export const reactivateAction = action(ReactivateInput, { auth: 'public', secretFields: ['password', 'code'] }, async (input, { values }) => {
  const result = await reactivateWithCredentials(input, { ip: clientAddress(await headers()) });
  switch (result.outcome) {
    case 'reactivated':
      redirect('/login?notice=reactivated');
    case 'active':
      return { status: 'ok', message: 'This account is active: sign in as usual.', values };
    case 'code-needed':
      return {
        status: 'error',
        message: 'Your account has two-factor sign-in on.',
        fieldErrors: { code: ['Enter the code from your authenticator app, or a recovery code.'] },
        values: { ...values, needsCode: '1' },
      };
    case 'code-invalid':
      return {
        status: 'error',
        message: 'Please correct the fields marked below.',
        fieldErrors: { code: ['That code is not right or was already used. Enter the current code.'] },
        values: { ...values, needsCode: '1' },
      };
    case 'refused':
      return { status: 'error', message: REACTIVATION_REFUSED, values };
  }
});
