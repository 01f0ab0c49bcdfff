'use client';

import { useActionState } from 'react';
import { idleFormState, type FormState } from '@/lib/form-state';
import { Field, FormMessage, SubmitButton, useFocusFirstError, useFormRef } from './form-parts';

export function ChangePasswordForm({ action }: { action: (previous: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, idleFormState);
  const formRef = useFormRef();
  useFocusFirstError(formRef, state);
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-4" aria-labelledby="change-password-heading">
      <FormMessage state={state} />
      <Field formId="change-password" name="currentPassword" label="Current password" type="password" autoComplete="current-password" state={state} />
      <Field
        formId="change-password"
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters; a phrase of unrelated words is easy to remember and hard to guess."
        state={state}
      />
      <Field formId="change-password" name="confirmPassword" label="New password again" type="password" autoComplete="new-password" state={state} />
      <p className="text-sm text-slate-700">Your other devices will be signed out; this one stays signed in.</p>
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
}
