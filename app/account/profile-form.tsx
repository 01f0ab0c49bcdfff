'use client';

import { useActionState } from 'react';
import { fieldsKey, FormMessage, SelectField, SubmitButton, TextField, useFocusFirstError } from '@/app/_ui/forms/fields';
import { idleFormState } from '@/lib/form-state';
import type { Profile } from '@/lib/accounts/profile';
import { saveProfile } from './actions';
// Bundled with the form, not sent with every page: 249 names that never change per request.
import { COUNTRIES } from '@/lib/accounts/countries';

type Choice = readonly [value: string, label: string];

export function ProfileForm({
  profile,
  professions,
  specialties,
}: {
  profile: Pick<Profile, 'name' | 'profession' | 'specialty' | 'registrationNumber' | 'registrationCouncil' | 'country'>;
  professions: ReadonlyArray<Choice>;
  specialties: ReadonlyArray<Choice>;
}) {
  const [state, formAction] = useActionState(saveProfile, idleFormState);
  const form = useFocusFirstError(state);
  return (
    <form ref={form} action={formAction} noValidate className="mt-6 space-y-6">
      <FormMessage state={state} />
      <div key={fieldsKey(state)} className="space-y-6">
        <TextField name="name" label="Full name" autoComplete="name" maxLength={120} defaultValue={profile.name} state={state} />
        <SelectField name="profession" label="Profession" placeholder="Choose your profession" options={professions} defaultValue={profile.profession ?? ''} state={state} />
        <SelectField name="specialty" label="Specialty" placeholder="No specialty" options={specialties} required={false} defaultValue={profile.specialty ?? ''} state={state} />
        <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
          <legend className="px-1 font-semibold text-slate-900">Medical registration</legend>
          <p className="text-sm text-slate-700">Required for doctors. Changing it means our staff check it again.</p>
          <TextField name="registrationNumber" label="Registration number" maxLength={40} required={false} defaultValue={profile.registrationNumber ?? ''} state={state} />
          <TextField name="registrationCouncil" label="Registering council" maxLength={120} required={false} defaultValue={profile.registrationCouncil ?? ''} state={state} />
        </fieldset>
        <SelectField name="country" label="Country" placeholder="Choose your country" options={COUNTRIES} defaultValue={profile.country ?? ''} state={state} />
      </div>
      <SubmitButton pendingText="Saving…">Save profile</SubmitButton>
    </form>
  );
}
