'use client';

import { useActionState } from 'react';
import { idleFormState, type FormAction } from '@/lib/form-state';
import { FormMessage, SubmitButton, TextField, useFocusFirstError } from '@/app/_ui/forms/fields';

export function ChangeEmailForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, idleFormState);
  const formRef = useFocusFirstError(state);
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-4" aria-labelledby="change-email-heading">
      <FormMessage state={state} />
      <TextField
        name="newEmail"
        label="New email address"
        type="email"
        inputMode="email"
        autoComplete="email"
        maxLength={254}
        keepValue
        hint="We send a link to this address; the change happens when you open it."
        state={state}
      />
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" state={state} />
      <SubmitButton>Send the confirmation link</SubmitButton>
    </form>
  );
}
