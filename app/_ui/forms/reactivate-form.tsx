'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { reactivateAction } from '@/app/(auth)/reactivate/actions';
import { idleFormState } from '@/lib/form-state';
import { fieldsKey, FormMessage, SubmitButton, TextField, useFocusFirstError } from './fields';

export function ReactivateForm() {
  const [state, formAction] = useActionState(reactivateAction, idleFormState);
  const formRef = useFocusFirstError(state);
  const needsCode = state.values?.needsCode === '1';
  return (
    <form ref={formRef} action={formAction} noValidate className="mt-6 space-y-4">
      <FormMessage state={state} />
      {state.status === 'ok' ? (
        <p>
          <Link href="/login" className="link">
            Sign in
          </Link>
        </p>
      ) : null}
      <div key={fieldsKey(state)} className="space-y-4">
        <TextField name="email" label="Email address" type="email" autoComplete="email" state={state} />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" state={state} />
        {needsCode ? (
          <TextField
            name="code"
            label="Two-factor code"
            hint="The 6-digit code from your authenticator app, or one of your recovery codes."
            autoComplete="one-time-code"
            state={state}
          />
        ) : null}
      </div>
      {needsCode ? <input type="hidden" name="needsCode" value="1" /> : null}
      <div className="pt-2">
        <SubmitButton pendingText="Reactivating…">Reactivate my account</SubmitButton>
      </div>
    </form>
  );
}
