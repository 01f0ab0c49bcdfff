'use client';

import { useActionState } from 'react';
import { endOtherSessionsAction, endSessionAction } from '@/app/account/security/session-actions';
import { idleFormState, type FormState } from '@/lib/form-state';

const buttonClass =
  'inline-flex min-h-11 items-center justify-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-50 disabled:opacity-70';

function Outcome({ state }: { state: FormState }) {
  return (
    <p aria-live="polite" className={state.status === 'error' ? 'mt-2 font-medium text-red-800' : 'mt-2 text-slate-700'}>
      {state.message ?? ''}
    </p>
  );
}

/** One row's "Sign out of this device"; `device` names the row for a screen reader. */
export function EndSessionForm({ sessionId, device }: { sessionId: string; device: string }) {
  const [state, formAction, isPending] = useActionState(endSessionAction, idleFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="sessionId" value={sessionId} />
      {state.status === 'ok' ? null : (
        <button type="submit" disabled={isPending} className={buttonClass}>
          Sign out of this device<span className="sr-only">: {device}</span>
        </button>
      )}
      <Outcome state={state} />
    </form>
  );
}

/** Stays on the page when no other device is left, so its message is still read out. */
export function EndOtherSessionsForm({ hasOthers }: { hasOthers: boolean }) {
  const [state, formAction, isPending] = useActionState(endOtherSessionsAction, idleFormState);
  return (
    <form action={formAction} className="mt-6">
      {hasOthers ? (
        <button type="submit" disabled={isPending} className={buttonClass}>
          Sign out of all other devices
        </button>
      ) : null}
      <Outcome state={state} />
    </form>
  );
}
