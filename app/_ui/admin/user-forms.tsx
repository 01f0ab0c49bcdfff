'use client';

import { useActionState } from 'react';
import { changeRoleAction, deactivateUserAction, reactivateUserAction, registrationAction } from '@/app/admin/users/[id]/actions';
import { CheckboxField, fieldsKey, FormMessage, SelectField, SubmitButton, TextField, useFocusFirstError } from '@/app/_ui/forms/fields';
import { idleFormState } from '@/lib/form-state';

/* The forms of a user's profile under /admin/users/[id], each a small form of its own. */

const ROLE_OPTIONS = [
  ['member', 'Member: reads and takes CME'],
  ['author', 'Author: drafts their own posts'],
  ['editor', 'Editor: publishes anything, legal pages, CME'],
  ['admin', 'Admin: also users, roles and the audit log'],
] as const;

export function RoleForm({ userId, role }: { userId: number; role: string }) {
  const [state, formAction] = useActionState(changeRoleAction, idleFormState);
  const formRef = useFocusFirstError(state);
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="role-heading" className="mt-3 space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="currentRole" value={role} />
      <div key={`${role}-${fieldsKey(state)}`}>
        <SelectField
          name="role"
          label="Role"
          placeholder="Choose a role"
          options={ROLE_OPTIONS}
          defaultValue={role}
          state={state}
          hint="Changing it ends all of their sessions: they sign in again with the new role."
        />
      </div>
      <SubmitButton pendingText="Changing…">Change role</SubmitButton>
    </form>
  );
}

export function RegistrationForm({ userId, isVerified }: { userId: number; isVerified: boolean }) {
  const [state, formAction] = useActionState(registrationAction, idleFormState);
  return (
    <form action={formAction} className="mt-3 space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="verified" value={isVerified ? 'false' : 'true'} />
      <SubmitButton tone={isVerified ? 'plain' : 'primary'} pendingText="Saving…">
        {isVerified ? 'Mark as not verified' : 'Mark registration verified'}
      </SubmitButton>
    </form>
  );
}

/** Deactivation asks for a reason and a ticked confirmation: it signs the user out everywhere. */
export function DeactivateUserForm({ userId, graceDays }: { userId: number; graceDays: number }) {
  const [state, formAction] = useActionState(deactivateUserAction, idleFormState);
  const formRef = useFocusFirstError(state);
  return (
    <form ref={formRef} action={formAction} noValidate aria-labelledby="status-heading" className="mt-3 space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <div key={fieldsKey(state)} className="space-y-4">
        <TextField name="reason" label="Reason for deactivation" multiline maxLength={1000} state={state} hint="Kept with the account and erased with it." />
        <CheckboxField
          name="confirm"
          keepValue={false}
          label={`I confirm: sign this user out everywhere and close the account, which can be reactivated for ${graceDays} days before it is erased.`}
          state={state}
        />
      </div>
      <SubmitButton tone="danger" pendingText="Deactivating…">
        Deactivate account
      </SubmitButton>
    </form>
  );
}

export function ReactivateUserForm({ userId }: { userId: number }) {
  const [state, formAction] = useActionState(reactivateUserAction, idleFormState);
  return (
    <form action={formAction} className="mt-3 space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton pendingText="Reactivating…">Reactivate account</SubmitButton>
    </form>
  );
}
