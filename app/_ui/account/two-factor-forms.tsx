'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { idleFormState, type FormAction, type FormState } from '@/lib/form-state';
import { FormMessage, SubmitButton, TextField, useFocusFirstError } from '@/app/_ui/forms/fields';

/** What the two-factor forms answer: the recovery codes travel once, in this answer only. */
export type RecoveryCodesState = FormState & { recoveryCodes?: string[] };

/** A form that is only a button (start or cancel the set-up). */
export function ButtonForm({ action, label, tone }: { action: FormAction; label: string; tone?: 'primary' | 'plain' }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <SubmitButton tone={tone}>{label}</SubmitButton>
    </form>
  );
}

/**
 * The ten codes, shown once: the answer of the action is the only place they exist in plain
 * text. "I have saved them" reloads the section, which then shows only how many are left.
 */
function RecoveryCodes({ state, codes }: { state: RecoveryCodesState; codes: string[] }) {
  const router = useRouter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <div className="space-y-4 rounded-lg border border-amber-300 bg-amber-50 p-5">
        <h3 ref={headingRef} tabIndex={-1} className="text-lg font-semibold text-slate-900">
          Your recovery codes
        </h3>
        <p className="text-slate-800">
          Keep these somewhere safe, away from your phone (printed, or in a password manager). Each one signs you in once
          if you lose your authenticator. <strong>They are shown only now.</strong>
        </p>
        <ol className="grid grid-cols-1 gap-2 font-mono text-lg tracking-wider text-slate-900 sm:grid-cols-2" aria-label="Recovery codes">
          {codes.map((code) => (
            <li key={code} className="rounded bg-white px-3 py-1">
              {code}
            </li>
          ))}
        </ol>
        <button
          type="button"
          onClick={() => router.refresh()}
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900"
        >
          I have saved them
        </button>
      </div>
    </div>
  );
}

/**
 * The set-up's last step. `instructions` (the QR code and the key) and `cancel` show only until
 * the codes do: once two-factor is on, the secret leaves the screen.
 */
export function EnableTwoFactorForm({
  action,
  instructions,
  cancel,
}: {
  action: FormAction<RecoveryCodesState>;
  instructions: ReactNode;
  cancel: ReactNode;
}) {
  const [state, formAction] = useActionState<RecoveryCodesState, FormData>(action, idleFormState);
  const formRef = useFocusFirstError(state);
  if (state.recoveryCodes) return <RecoveryCodes state={state} codes={state.recoveryCodes} />;
  return (
    <>
      {instructions}
      <form ref={formRef} action={formAction} noValidate className="space-y-4">
        <FormMessage state={state} />
        <TextField
          name="code"
          label="Code from the app"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={64}
          hint="The 6-digit code your authenticator app shows for this account."
          state={state}
        />
        <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" state={state} />
        <SubmitButton>Turn on two-factor sign-in</SubmitButton>
      </form>
      {cancel}
    </>
  );
}

export function RegenerateCodesForm({ action }: { action: FormAction<RecoveryCodesState> }) {
  const [state, formAction] = useActionState<RecoveryCodesState, FormData>(action, idleFormState);
  const formRef = useFocusFirstError(state);
  if (state.recoveryCodes) return <RecoveryCodes state={state} codes={state.recoveryCodes} />;
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" state={state} />
      <SubmitButton tone="plain">Make new recovery codes</SubmitButton>
    </form>
  );
}

export function DisableTwoFactorForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, idleFormState);
  const formRef = useFocusFirstError(state);
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-4">
      <FormMessage state={state} />
      <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" state={state} />
      <SubmitButton tone="danger">Turn off two-factor sign-in</SubmitButton>
    </form>
  );
}
