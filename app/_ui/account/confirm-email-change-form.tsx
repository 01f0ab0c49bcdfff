'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { idleFormState, type FormAction } from '@/lib/form-state';
import { FormMessage, SubmitButton } from '@/app/_ui/forms/fields';

export function ConfirmEmailChangeForm({
  action,
  token,
}: {
  action: FormAction;
  token: string;
}) {
  const [state, formAction] = useActionState(action, idleFormState);
  if (state.status === 'ok') {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <Link className="link" href="/account/security">
          Go to your account’s security page
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Confirm this address</SubmitButton>
    </form>
  );
}
