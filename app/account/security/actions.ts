'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import type { RecoveryCodesState } from '@/app/_ui/account/two-factor-forms';
import { requestEmailChange } from '@/lib/auth/change-email';
import { changePassword } from '@/lib/auth/change-password';
import { ChangeEmailInput, ChangePasswordInput, PasswordOnlyInput, EnableTwoFactorInput } from '@/lib/auth/security-schemas';
import {
  cancelTwoFactorSetup,
  disableTwoFactor,
  enableTwoFactor,
  regenerateRecoveryCodes,
  startTwoFactorSetup,
  type Outcome,
} from '@/lib/auth/two-factor';
import { action, NoFields, type FormState } from '@/lib/forms';
import { clientAddress } from '@/lib/security/client-address';

const PAGE = '/account/security';
const PASSWORDS = ['currentPassword', 'newPassword', 'confirmPassword'];

async function meta() {
  return { ip: clientAddress(await headers()) };
}

function failed(outcome: Extract<Outcome, { ok: false }>, values: Record<string, string>): FormState {
  if (!outcome.field) return { status: 'error', message: outcome.message, values };
  return { status: 'error', message: 'Please correct the fields marked below.', fieldErrors: { [outcome.field]: [outcome.message] }, values };
}

export const changePasswordAction = action(ChangePasswordInput, { auth: 'user', secretFields: PASSWORDS }, async (input, { viewer, values }) => {
  const outcome = await changePassword(viewer, input, await meta());
  if (!outcome.ok) return failed(outcome, values);
  const others = outcome.otherSessionsEnded;
  return {
    status: 'ok',
    message: `Your password was changed.${others ? ` ${others === 1 ? 'One other device was' : `${others} other devices were`} signed out.` : ''}`,
  };
});

export const changeEmailAction = action(ChangeEmailInput, { auth: 'user', secretFields: ['currentPassword'] }, async (input, { viewer, values }) => {
  const outcome = await requestEmailChange(viewer.id, input, await meta());
  if (!outcome.ok) return failed(outcome, values);
  return { status: 'ok', message: outcome.message };
});

export const startTwoFactorAction = action(NoFields, { auth: 'user' }, async (_input, { viewer, values }) => {
  const outcome = await startTwoFactorSetup(viewer.id);
  if (!outcome.ok) return failed(outcome, values);
  // The page shows the set-up (QR code, key, code field) from the stored, unconfirmed secret.
  revalidatePath(PAGE);
});

export const cancelTwoFactorAction = action(NoFields, { auth: 'user' }, async (_input, { viewer }) => {
  await cancelTwoFactorSetup(viewer.id);
  revalidatePath(PAGE);
});

/*
 * These two answer with the recovery codes and leave the page as it is: refreshing it now would
 * replace the form that shows them. The "I have saved them" button refreshes it.
 */
export const enableTwoFactorAction = action(EnableTwoFactorInput, { auth: 'user', secretFields: ['code', 'currentPassword'] }, async (input, { viewer, values }) => {
  const outcome = await enableTwoFactor(viewer.id, input, await meta());
  if (!outcome.ok) return failed(outcome, values);
  const state: RecoveryCodesState = { status: 'ok', message: 'Two-factor sign-in is on.', recoveryCodes: outcome.recoveryCodes };
  return state;
}) as (previous: RecoveryCodesState, formData: FormData) => Promise<RecoveryCodesState>;

export const regenerateRecoveryCodesAction = action(PasswordOnlyInput, { auth: 'user', secretFields: ['currentPassword'] }, async (input, { viewer, values }) => {
  const outcome = await regenerateRecoveryCodes(viewer.id, input.currentPassword, await meta());
  if (!outcome.ok) return failed(outcome, values);
  const state: RecoveryCodesState = { status: 'ok', message: 'Your new recovery codes are below; the old ones no longer work.', recoveryCodes: outcome.recoveryCodes };
  return state;
}) as (previous: RecoveryCodesState, formData: FormData) => Promise<RecoveryCodesState>;

export const disableTwoFactorAction = action(PasswordOnlyInput, { auth: 'user', secretFields: ['currentPassword'] }, async (input, { viewer, values }) => {
  const outcome = await disableTwoFactor(viewer.id, input.currentPassword, await meta());
  if (!outcome.ok) return failed(outcome, values);
  revalidatePath(PAGE);
  return { status: 'ok', message: 'Two-factor sign-in is off.' };
});
