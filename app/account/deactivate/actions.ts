'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { closeOwnAccount, DeactivateInput, DeleteNowInput } from '@/lib/accounts/deactivation';
import { action } from '@/lib/forms';
import { clientAddress } from '@/lib/security/client-address';

/*
 * Both end every session, so the answer is a public confirmation page: the user is signed
 * out by the time it loads.
 */

export const deactivateAction = action(DeactivateInput, { auth: 'user', secretFields: ['password'] }, async (input, { viewer, values }) => {
  const result = await closeOwnAccount(viewer.id, { mode: 'deactivate', password: input.password, reason: input.reason, ip: clientAddress(await headers()) });
  if (!result.ok) return { status: 'error', message: 'Please correct the fields marked below.', fieldErrors: result.fieldErrors, values };
  redirect('/account-deactivation/deactivated');
});

export const deleteNowAction = action(DeleteNowInput, { auth: 'user', secretFields: ['password'] }, async (input, { viewer, values }) => {
  const result = await closeOwnAccount(viewer.id, { mode: 'delete', password: input.password, ip: clientAddress(await headers()) });
  if (!result.ok) return { status: 'error', message: 'Please correct the fields marked below.', fieldErrors: result.fieldErrors, values };
  redirect('/account-deactivation/deleted');
});
