'use client';

import { useActionState } from 'react';
import { deactivateAction, deleteNowAction } from '@/app/account/deactivate/actions';
import { idleFormState } from '@/lib/form-state';
import { FormMessage, LabelledField, useFocusFirstError } from './labelled-field';


/** Deactivate, with an optional reason, confirmed with the password. */
export function DeactivateForm({ graceDays }: { graceDays: number }) {
  const [state, formAction, isPending] = useActionState(deactivateAction, idleFormState);
  const formRef = useFocusFirstError(state);
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="deactivate-heading">
      <FormMessage state={state} />
      <LabelledField
        name="reason"
        label="Why are you leaving? (optional)"
        hint="Up to 1,000 characters. It helps us improve; it is erased with the rest of your data."
        state={state}
        multiline
        maxLength={1000}
      />
      <LabelledField name="password" label="Your password" type="password" autoComplete="current-password" required state={state} />
      <button
        type="submit"
        disabled={isPending}
        className="mt-6 rounded-md bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-60"
      >
        {isPending ? 'Deactivating…' : `Deactivate my account (${graceDays} days to change my mind)`}
      </button>
    </form>
  );
}

/** Delete now, skipping the grace period: the password again, and a box to tick. */
export function DeleteNowForm() {
  const [state, formAction, isPending] = useActionState(deleteNowAction, idleFormState);
  const formRef = useFocusFirstError(state);
  const confirmErrors = state.fieldErrors?.confirm;
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="delete-heading">
      <FormMessage state={state} />
      <div className="mt-4 flex items-start gap-2">
        <input
          id="confirm"
          name="confirm"
          type="checkbox"
          className="mt-1.5 size-4"
          aria-invalid={confirmErrors?.length ? true : undefined}
          aria-describedby={confirmErrors?.length ? 'confirm-error' : undefined}
        />
        <label htmlFor="confirm" className="text-slate-900">
          I understand that my account and personal data are deleted now and cannot be restored.
        </label>
      </div>
      {confirmErrors?.length ? (
        <p id="confirm-error" className="mt-1 text-sm font-semibold text-red-800">
          {confirmErrors.join(' ')}
        </p>
      ) : null}
      <LabelledField name="password" label="Your password" type="password" autoComplete="current-password" required state={state} />
      <button
        type="submit"
        disabled={isPending}
        className="mt-6 rounded-md border-2 border-red-800 px-4 py-2 font-semibold text-red-900 hover:bg-red-50 disabled:opacity-60"
      >
        {isPending ? 'Deleting…' : 'Delete my account now'}
      </button>
    </form>
  );
}
