'use client';

import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useFormStatus } from 'react-dom';
import type { FormState } from '@/lib/form-state';

/*
 * The pieces every /account/security form shares: a labelled field whose message sits beside
 * it (tied with aria-describedby), the form's own message in a live region, a submit button
 * that says when it is working, and focus moved to the first field in error.
 */

export const controlClass =
  'mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-700';

export function Field({
  formId,
  name,
  label,
  state,
  type = 'text',
  autoComplete,
  hint,
  inputMode,
  keepValue = false,
  maxLength,
}: {
  formId: string;
  name: string;
  label: string;
  state: FormState;
  type?: 'text' | 'email' | 'password';
  autoComplete: string;
  hint?: string;
  inputMode?: 'numeric' | 'text' | 'email';
  /** Put back what was typed after an error (never for secrets: the action does not send those back). */
  keepValue?: boolean;
  maxLength?: number;
}) {
  const id = `${formId}-${name}`;
  const errors = state.fieldErrors?.[name];
  const describedBy = [errors?.length ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        required
        spellCheck={false}
        autoCapitalize="off"
        defaultValue={keepValue ? (state.values?.[name] ?? '') : undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className={`${controlClass} ${errors?.length ? 'border-red-700' : ''}`}
      />
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-2 font-medium text-red-800">
          <span aria-hidden="true">⚠ </span>
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

/** The form's message: an error or a confirmation, read out when it appears. */
export function FormMessage({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" role="status">
      {state.message ? (
        <p
          className={
            state.status === 'error'
              ? 'rounded-md border border-red-300 bg-red-50 p-3 font-medium text-red-900'
              : 'rounded-md border border-emerald-300 bg-emerald-50 p-3 font-medium text-emerald-900'
          }
        >
          {state.message}
        </p>
      ) : null}
    </div>
  );
}

export function SubmitButton({ children, tone = 'primary' }: { children: ReactNode; tone?: 'primary' | 'danger' | 'plain' }) {
  const { pending } = useFormStatus();
  const colours =
    tone === 'danger'
      ? 'bg-red-800 text-white hover:bg-red-900'
      : tone === 'plain'
        ? 'border border-slate-400 bg-white text-slate-900 hover:bg-slate-100'
        : 'bg-brand-800 text-white hover:bg-brand-900';
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-5 font-semibold disabled:opacity-70 ${colours}`}
    >
      {pending ? 'Working…' : children}
    </button>
  );
}

/** After an answer with field errors, focus the first field in error so the keyboard lands there. */
export function useFocusFirstError(formRef: RefObject<HTMLFormElement | null>, state: FormState) {
  useEffect(() => {
    if (state.status !== 'error') return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [formRef, state]);
}

export function useFormRef() {
  return useRef<HTMLFormElement>(null);
}
