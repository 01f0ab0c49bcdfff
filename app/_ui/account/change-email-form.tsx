'use client';

import { useActionState } from 'react';
import { idleFormState, type FormState } from '@/lib/form-state';
import { Field, FormMessage, SubmitButton, useFocusFirstError, useFormRef } from './form-parts';

export function ChangeEmailForm({ action }: { action: (previous: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, idleFormState);
  const formRef = useFormRef();
  useFocusFirstError(formRef, state);
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-4" aria-labelledby="change-email-heading">
      <FormMessage state={state} />
      <Field
        formId="change-email"
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
      <Field formId="change-email" name="currentPassword" label="Current password" type="password" autoComplete="current-password" state={state} />
      <SubmitButton>Send the confirmation link</SubmitButton>
    </form>
  );
}
