'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage, FormAnswer, SubmitButton, TextField, useFocusFirstError } from '@/app/_ui/forms/fields';
import { idleFormState } from '@/lib/form-state';
import { forgotPassword } from './actions';

export function ForgotPasswordForm() {
  const [state, formAction] = useActionState(forgotPassword, idleFormState);
  const form = useFocusFirstError(state);
  if (state.status === 'ok') {
    return (
      <FormAnswer id="reset-sent" title="Check your inbox">
        <p className="mt-3 text-slate-800">
          If an account uses <strong>{state.values?.email}</strong>, we have sent it a link to set a new password. The link
          works once, for one hour.
        </p>
        <p className="mt-3 text-slate-800">
          Nothing arrived within a few minutes? Check your spam folder, and the address you typed. For safety we send only a
          few links an hour.
        </p>
        <p className="mt-4">
          <Link href="/login">Back to sign in</Link>
        </p>
      </FormAnswer>
    );
  }
  return (
    <form ref={form} action={formAction} noValidate className="mt-8 space-y-6">
      <FormMessage state={state} />
      <TextField name="email" label="Email address" type="email" autoComplete="email" maxLength={254} state={state} />
      <SubmitButton pendingText="Sending…">Send me a link</SubmitButton>
    </form>
  );
}
