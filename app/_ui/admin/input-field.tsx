'use client';

import { useId } from 'react';
import type { FormState } from '@/lib/form-state';

/**
 * A labelled input of a type the form kit does not offer (datetime-local, date, number, url),
 * with its hint and error tied to it as the kit's fields are.
 */
export function InputField({
  name,
  label,
  state,
  defaultValue,
  type = 'text',
  hint,
  required = true,
  inputMode,
  step,
}: {
  name: string;
  label: string;
  state: FormState;
  defaultValue: string;
  type?: 'text' | 'url' | 'datetime-local' | 'date' | 'number';
  hint?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'url';
  step?: string;
}) {
  const id = useId();
  const errors = state.fieldErrors?.[name];
  const error = errors?.length ? errors.join(' ') : undefined;
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {label}
        {required ? null : <span className="font-normal text-slate-700"> (optional)</span>}
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
        inputMode={inputMode}
        step={step}
        defaultValue={state.values?.[name] ?? defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        spellCheck={type === 'text' ? undefined : false}
        className={`mt-1 block w-full max-w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-700 focus:outline-2 focus:outline-offset-1 focus:outline-brand-700 ${error ? 'border-red-700' : 'border-slate-400'}`}
      />
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-medium text-red-800">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
