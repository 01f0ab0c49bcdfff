'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { FormState } from '@/lib/forms';

/**
 * A labelled input or textarea with its hint and its errors beside it, linked by
 * aria-describedby, for the account-closing and reactivation forms.
 */
export function LabelledField({
  name,
  label,
  state,
  hint,
  multiline = false,
  ...input
}: {
  name: string;
  label: string;
  state: FormState;
  hint?: ReactNode;
  multiline?: boolean;
  type?: string;
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: 'numeric' | 'email' | 'text';
}) {
  // Unique per field, not the name: /account/deactivate holds two forms with a "password" each,
  // and a shared id tied both labels (and both error messages) to the first form's field.
  const id = `${useId()}${name}`;
  const errors = state.fieldErrors?.[name];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy,
    // Passwords are never sent back; everything else is kept as typed.
    defaultValue: input.type === 'password' ? undefined : state.values?.[name],
    className:
      'mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-slate-900 focus:border-brand-800 focus:ring-2 focus:ring-brand-800 focus:outline-none aria-invalid:border-red-700',
  };
  return (
    <div className="mt-4">
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {/* A new key after each answer: React resets a form after its action, and defaultValue (the kept values) applies again. */}
      {multiline ? (
        <textarea {...common} key={JSON.stringify(state.values?.[name] ?? '')} rows={4} maxLength={input.maxLength} required={input.required} />
      ) : (
        <input {...common} key={JSON.stringify(state.values?.[name] ?? '')} {...input} />
      )}
      {errors?.length ? (
        <p id={errorId} className="mt-1 text-sm font-semibold text-red-800">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** Moves focus to the first field with an error after each answer, or to the message. */
export function useFocusFirstError(state: FormState) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== 'error') return;
    const target = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? formRef.current?.querySelector<HTMLElement>('[data-form-message]');
    target?.focus();
  }, [state]);
  return formRef;
}

export function FormMessage({ state }: { state: FormState }) {
  if (!state.message || state.status === 'idle') return null;
  return (
    <p
      data-form-message
      tabIndex={-1}
      role={state.status === 'error' ? 'alert' : 'status'}
      className={`mt-4 rounded-md border p-3 ${state.status === 'error' ? 'border-red-300 bg-red-50 text-red-900' : 'border-brand-100 bg-brand-50 text-slate-900'}`}
    >
      {state.message}
    </p>
  );
}
