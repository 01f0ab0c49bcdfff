'use client';

import { useActionState } from 'react';
import { idleFormState, type FormAction } from '@/lib/form-state';
import { FormMessage, SubmitButton, TextField, useFocusFirstError } from '@/app/_ui/forms/fields';

export function ChangePasswordForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, idleFormState);
  const formRef = useFocusFirstError(state);
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-4" aria-labelledby="change-password-heading">
      <FormMessage state={state} />
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" state={state} />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters; a phrase of unrelated words is easy to remember and hard to guess."
        state={state}
      />
      <TextField name="confirmPassword" label="New password again" type="password" autoComplete="new-password" state={state} />
      <p className="text-sm text-slate-700">Your other devices will be signed out; this one stays signed in.</p>
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
