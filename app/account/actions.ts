'use server';

import { updateProfile } from '@/lib/accounts/profile';
import { ProfileInput } from '@/lib/accounts/schemas';
import { action } from '@/lib/forms';

export const saveProfile = action(ProfileInput, { auth: 'user' }, async (input, { viewer, values }) => {
  const outcome = await updateProfile(viewer.id, input);
  if (!outcome.ok) return { status: 'error', message: 'Please correct the fields marked below.', fieldErrors: outcome.fieldErrors, values };
  return { status: 'ok', message: 'Your profile is saved.', values };
});
