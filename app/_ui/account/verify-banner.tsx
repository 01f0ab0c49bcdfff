'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/app/_ui/forms/fields';
import { idleFormState } from '@/lib/form-state';
import { resendVerificationLink } from './verify-banner-action';

/**
 * "Confirm your email address", with "Resend the link" (limited to a few an hour per
 * account), for signed-in users whose address is not confirmed. Place it on account pages
 * when `viewer.isEmailVerified` is false.
 */
export function VerifyEmailBanner({ email }: { email: string }) {
  const [state, formAction] = useActionState(resendVerificationLink, idleFormState);
  return (
    <section aria-labelledby="verify-banner-title" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 id="verify-banner-title" className="font-bold">
        Please confirm your email address
      </h2>
      <p className="mt-1">
        We sent a link to <strong>{email}</strong>. Until you open it you can read everything, but not take CME tests.
      </p>
      <form action={formAction} className="mt-3 space-y-3">
        <FormMessage state={state} />
        <SubmitButton pendingText="Sending…">Resend the link</SubmitButton>
      </form>
    </section>
  );
}
