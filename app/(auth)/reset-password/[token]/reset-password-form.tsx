'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage, FormAnswer, SubmitButton, TextField, useFocusFirstError } from '@/app/_ui/forms/fields';
import { idleFormState } from '@/lib/form-state';
import { setNewPassword } from './actions';

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(setNewPassword, idleFormState);
  const form = useFocusFirstError(state);
  if (state.status === 'ok') {
    return (
      <FormAnswer id="password-set" title="Your password is changed">
        <p className="mt-3 text-slate-800">
          Every device that was signed in to your account has been signed out. Sign in with your new password.
        </p>
        <p className="mt-4">
          <Link
            href="/login"
            className="inline-flex rounded-md bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 hover:text-white"
          >
            Sign in
          </Link>
        </p>
      </FormAnswer>
    );
  }
  return (
    <form ref={form} action={formAction} noValidate className="mt-8 space-y-6">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        state={state}
        hint="At least 10 characters. A phrase of several unrelated words is easy to remember and hard to guess."
      />
      <SubmitButton pendingText="Saving…">Set new password</SubmitButton>
    </form>
  );
}
