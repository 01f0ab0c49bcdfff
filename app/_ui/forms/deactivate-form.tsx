'use client';

import { useActionState } from 'react';
import { deactivateAction, deleteNowAction } from '@/app/account/deactivate/actions';
import { idleFormState } from '@/lib/form-state';
import { CheckboxField, fieldsKey, FormMessage, SubmitButton, TextField, useFocusFirstError } from './fields';

/** Deactivate, with an optional reason, confirmed with the password. */
export function DeactivateForm({ graceDays }: { graceDays: number }) {
  const [state, formAction] = useActionState(deactivateAction, idleFormState);
  const formRef = useFocusFirstError(state);
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="deactivate-heading" className="mt-4 space-y-4">
      <FormMessage state={state} />
      <div key={fieldsKey(state)} className="space-y-4">
        <TextField
          name="reason"
          label="Why are you leaving?"
          required={false}
          hint="Up to 1,000 characters. It helps us improve; it is erased with the rest of your data."
          state={state}
          multiline
          maxLength={1000}
        />
        <TextField name="password" label="Your password" type="password" autoComplete="current-password" state={state} />
      </div>
      <div className="pt-2">
        <SubmitButton tone="danger" pendingText="Deactivating…">
          Deactivate my account ({graceDays} days to change my mind)
        </SubmitButton>
      </div>
    </form>
  );
}

/** Delete now, skipping the grace period: the password again, and a box to tick. */
export function DeleteNowForm() {
  const [state, formAction] = useActionState(deleteNowAction, idleFormState);
  const formRef = useFocusFirstError(state);
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="delete-heading" className="mt-4 space-y-4">
      <FormMessage state={state} />
      {/* Not ticked again after an error: deleting for good is confirmed each time. */}
      <CheckboxField
        name="confirm"
        label="I understand that my account and personal data are deleted now and cannot be restored."
        keepValue={false}
        state={state}
      />
      <TextField name="password" label="Your password" type="password" autoComplete="current-password" state={state} />
      <div className="pt-2">
        <SubmitButton tone="danger" pendingText="Deleting…">
          Delete my account now
        </SubmitButton>
      </div>
    </form>
  );
}
