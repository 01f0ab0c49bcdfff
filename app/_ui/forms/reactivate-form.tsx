'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { reactivateAction } from '@/app/(auth)/reactivate/actions';
import { idleFormState } from '@/lib/form-state';
import { FormMessage, LabelledField, useFocusFirstError } from './labelled-field';


export function ReactivateForm() {
  const [state, formAction, isPending] = useActionState(reactivateAction, idleFormState);
  const formRef = useFocusFirstError(state);
  const needsCode = state.values?.needsCode === '1';
  return (
    <form ref={formRef} action={formAction} noValidate className="mt-6">
      <FormMessage state={state} />
      {state.status === 'ok' ? (
        <p className="mt-2">
          <Link href="/login" className="link">
            Sign in
          </Link>
        </p>
      ) : null}
      <LabelledField name="email" label="Email address" type="email" autoComplete="email" required state={state} />
      <LabelledField name="password" label="Password" type="password" autoComplete="current-password" required state={state} />
      {needsCode ? (
        <LabelledField
          name="code"
          label="Two-factor code"
          hint="The 6-digit code from your authenticator app, or one of your recovery codes."
          autoComplete="one-time-code"
          required
          state={state}
        />
      ) : null}
      {needsCode ? <input type="hidden" name="needsCode" value="1" /> : null}
      <button
        type="submit"
        disabled={isPending}
        className="mt-6 rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {isPending ? 'Reactivating…' : 'Reactivate my account'}
      </button>
    </form>
  );
}
