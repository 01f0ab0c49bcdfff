'use client';

import { useActionState, useId } from 'react';
import { FormMessage, SubmitButton } from '@/app/_ui/forms/fields';
import { idleFormState, type FormAction } from '@/lib/form-state';

/**
 * One status change of a post (publish, schedule, unpublish, archive, send back): a small form
 * of its own naming the version the page shows, so a change made meanwhile is refused.
 */
export function PostStatusForm({
  action,
  postId,
  version,
  intent,
  label,
  tone = 'plain',
  withTime = false,
}: {
  action: FormAction;
  postId: number;
  version: number;
  intent: string;
  label: string;
  tone?: 'primary' | 'plain' | 'danger';
  withTime?: boolean;
}) {
  const [state, formAction] = useActionState(action, idleFormState);
  const id = useId();
  const error = state.fieldErrors?.publishAt?.join(' ');
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={postId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="intent" value={intent} />
      {withTime ? (
        <div>
          <label htmlFor={id} className="block font-semibold text-slate-900">
            Publish at (UTC)
          </label>
          <input
            id={id}
            name="publishAt"
            type="datetime-local"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 focus:outline-2 focus:outline-offset-1 focus:outline-brand-700"
          />
          {error ? (
            <p id={`${id}-error`} className="mt-1 font-medium text-red-800">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
      <SubmitButton tone={tone}>{label}</SubmitButton>
    </form>
  );
}

/** Restores a revision as a new version: names the version the page was opened at. */
export function RestoreRevisionForm({ action, postId, version, fromVersion }: { action: FormAction; postId: number; version: number; fromVersion: number }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={postId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="fromVersion" value={fromVersion} />
      <SubmitButton>Restore as a new version</SubmitButton>
    </form>
  );
}
