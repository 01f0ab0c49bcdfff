'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { staffAction } from '@/lib/admin/actions';
import {
  changeUserRole,
  ChangeRoleInput,
  deactivateUser,
  DeactivateUserInput,
  reactivateUser,
  ReactivateUserInput,
  RegistrationInput,
  setRegistrationVerified,
} from '@/lib/admin/users';
import { clientAddress } from '@/lib/security/client-address';

/* A user's profile page: parse and authorize (staffAction), call lib/admin/users.ts, answer. */

async function actorOf(viewer: { id: number }) {
  return { id: viewer.id, ip: clientAddress(await headers()) };
}

function refresh(userId: number) {
  revalidatePath(`/admin/users/${userId}`);
}

export const changeRoleAction = staffAction('users.manage', ChangeRoleInput, async (input, { viewer }) => {
  const result = await changeUserRole(await actorOf(viewer), input);
  refresh(input.userId);
  const sessions = result.endedSessions === 1 ? '1 session was' : `${result.endedSessions} sessions were`;
  return { status: 'ok', message: `Role changed from ${result.from} to ${result.to}. ${sessions} ended: they sign in again.` };
});

export const registrationAction = staffAction('users.manage', RegistrationInput, async (input, { viewer }) => {
  await setRegistrationVerified(await actorOf(viewer), input);
  refresh(input.userId);
  return { status: 'ok', message: input.verified ? 'Registration number marked verified.' : 'Registration number marked unverified.' };
});

export const deactivateUserAction = staffAction('users.manage', DeactivateUserInput, async (input, { viewer }) => {
  await deactivateUser(await actorOf(viewer), input);
  // The page changes forms (deactivate → reactivate): it says what happened itself.
  redirect(`/admin/users/${input.userId}?done=deactivated`);
});

export const reactivateUserAction = staffAction('users.manage', ReactivateUserInput, async (input, { viewer }) => {
  await reactivateUser(await actorOf(viewer), input);
  redirect(`/admin/users/${input.userId}?done=reactivated`);
});
