'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/app/_ui/forms/fields';
import { idleFormState, type FormAction } from '@/lib/form-state';

/*
 * An item's status buttons: publish now, schedule (a time in UTC), unpublish back to draft,
 * archive. Each names the version the page was opened at, like a save.
 */

const LABELS = { publish: 'Publish now', schedule: 'Schedule', unpublish: 'Unpublish (back to draft)', archive: 'Archive' } as const;
type Transition = keyof typeof LABELS;

export function StatusControls({
  action,
  id,
  version,
  status,
  publishedAt,
  allowed,
}: {
  action: FormAction;
  id: number;
  version: number;
  status: string;
  publishedAt: string | null;
  allowed: readonly Transition[];
}) {
  const [state, formAction] = useActionState(action, idleFormState);
  const scheduleError = state.fieldErrors?.publishAt?.join(' ');
  return (
    <section aria-labelledby="status-heading" className="rounded-md border border-slate-300 bg-white p-4">
      <h2 id="status-heading" className="text-lg font-bold text-slate-900">
        Status: {status}
      </h2>
      {publishedAt ? <p className="mt-1 text-slate-700">Publish time: {new Date(publishedAt).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC</p> : null}
      <form action={formAction} className="mt-3 space-y-3">
        <FormMessage state={state} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        {allowed.includes('schedule') ? (
          <div>
            <label htmlFor="publish-at" className="block font-semibold text-slate-900">
              Publish at (UTC), for scheduling
            </label>
            <input
              id="publish-at"
              name="publishAt"
              type="datetime-local"
              aria-invalid={scheduleError ? true : undefined}
              aria-describedby={scheduleError ? 'publish-at-error' : undefined}
              className="mt-1 block min-h-11 rounded-md border border-slate-400 bg-white px-3 text-slate-900"
            />
            {scheduleError ? (
              <p id="publish-at-error" className="mt-1 font-medium text-red-800">
                {scheduleError}
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {allowed.map((transition) => (
            <button
              key={transition}
              type="submit"
              name="transition"
              value={transition}
              className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-100"
            >
              {LABELS[transition]}
            </button>
          ))}
        </div>
      </form>
    </section>
  );
}

/** Restores one revision as a new save. */
export function RestoreRevisionForm({ action, id, version, revision }: { action: FormAction; id: number; version: number; revision: number }) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <form action={formAction} className="mt-4 space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revision" value={revision} />
      <SubmitButton pendingText="Restoring…">Restore version {revision} as a new save</SubmitButton>
    </form>
  );
}
