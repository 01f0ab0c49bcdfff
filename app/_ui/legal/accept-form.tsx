'use client';

import { useActionState, useState } from 'react';
import { useRouter } from 'next/navigation';
import { signOut } from '@/app/_ui/auth/next-auth-client';
import { FormMessage, SubmitButton } from '@/app/_ui/forms/fields';
import { idleFormState, type FormAction } from '@/lib/form-state';

/** "I accept" (a server action) beside "Sign out" (next-auth's), for /legal/accept. */
export function AcceptLegalForm({ action, next }: { action: FormAction; next: string }) {
  const [state, formAction] = useActionState(action, idleFormState);
  const [isSigningOut, setSigningOut] = useState(false);
  const router = useRouter();

  async function onSignOut() {
    setSigningOut(true);
    await signOut();
    router.push('/login?notice=signed-out');
  }

  return (
    <form action={formAction} className="mt-6 space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="next" value={next} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText="Saving…">I accept</SubmitButton>
        <button
          type="button"
          onClick={onSignOut}
          disabled={isSigningOut}
          className="rounded-md border border-slate-400 px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
        >
          {isSigningOut ? 'Signing out…' : 'Sign out'}
        </button>
      </div>
    </form>
  );
}
