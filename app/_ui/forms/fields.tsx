'use client';

import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useFormStatus } from 'react-dom';
import type { FormState } from '@/lib/form-state';

/*
 * The account forms' fields: a label, an optional hint, the control, and its error right
 * beside it, tied to the control with aria-describedby (and aria-invalid), so a screen reader
 * reads the message with the field. Uncontrolled, with the typed value of the last answer as
 * the default; React resets a form after its action, and a select goes back to the default it
 * was mounted with, so the fields sit in an element keyed by fieldsKey(state): they mount again
 * with what was typed, and nothing is lost but the passwords.
 */

const CONTROL =
  'mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-700 focus:outline-2 focus:outline-offset-1 focus:outline-brand-700';

type FieldProps = {
  name: string;
  label: string;
  state: FormState;
  hint?: ReactNode;
  /** Marked "(optional)" when false; required fields say nothing more. */
  required?: boolean;
};

function describedBy(id: string, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasError ? `${id}-error` : null, hasHint ? `${id}-hint` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame({ id, label, hint, error, required = true, children }: { id: string; label: string; hint?: ReactNode; error?: string; required?: boolean; children: ReactNode }) {
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
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-medium text-red-800">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TextField({
  name,
  label,
  state,
  hint,
  required = true,
  type = 'text',
  autoComplete,
  maxLength,
  defaultValue,
}: FieldProps & { type?: 'text' | 'email' | 'password'; autoComplete?: string; maxLength?: number; defaultValue?: string }) {
  const id = `field-${name}`;
  const error = state.fieldErrors?.[name]?.[0];
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        maxLength={maxLength}
        // Passwords are never sent back: the field starts empty after every answer.
        defaultValue={type === 'password' ? undefined : (state.values?.[name] ?? defaultValue ?? '')}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        spellCheck={type === 'text' ? undefined : false}
        className={`${CONTROL} ${error ? 'border-red-700' : 'border-slate-400'}`}
      />
    </FieldFrame>
  );
}

export function SelectField({
  name,
  label,
  state,
  hint,
  required = true,
  options,
  placeholder,
  defaultValue,
  onChange,
}: FieldProps & {
  options: ReadonlyArray<readonly [value: string, label: string]>;
  placeholder: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
}) {
  const id = `field-${name}`;
  const error = state.fieldErrors?.[name]?.[0];
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <select
        id={id}
        name={name}
        defaultValue={state.values?.[name] ?? defaultValue ?? ''}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        className={`${CONTROL} ${error ? 'border-red-700' : 'border-slate-400'}`}
      >
        <option value="">{placeholder}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({ name, label, state, hint }: Omit<FieldProps, 'label' | 'required'> & { label: ReactNode }) {
  const id = `field-${name}`;
  const error = state.fieldErrors?.[name]?.[0];
  return (
    <div>
      {hint ? (
        <div id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </div>
      ) : null}
      <div className="mt-2 flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={state.values?.[name] === 'on'}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
          className="mt-1 h-5 w-5 shrink-0 accent-brand-800"
        />
        <label htmlFor={id} className="text-slate-900">
          {label}
        </label>
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-medium text-red-800">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The form's own message (above the fields): an error summary or a confirmation. */
export function FormMessage({ state, id = 'form-message' }: { state: FormState; id?: string }) {
  if (!state.message) return null;
  const isError = state.status === 'error';
  return (
    <div
      id={id}
      role={isError ? 'alert' : 'status'}
      tabIndex={-1}
      className={`rounded-md border px-4 py-3 font-medium ${isError ? 'border-red-300 bg-red-50 text-red-900' : 'border-emerald-300 bg-emerald-50 text-emerald-900'}`}
    >
      {state.message}
    </div>
  );
}

export function SubmitButton({ children, pendingText }: { children: ReactNode; pendingText: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
    >
      {pending ? pendingText : children}
    </button>
  );
}

/**
 * After an answer with errors, moves focus to the first field marked invalid (or to the form's
 * message when no field is), so keyboard and screen-reader users land on what to fix.
 */
export function useFocusFirstError(state: FormState): RefObject<HTMLFormElement | null> {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== 'error') return;
    const target = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? document.getElementById('form-message');
    target?.focus();
  }, [state]);
  return form;
}

/** The key for a form's fields: new values from an answer mount them again with those values as defaults. */
export function fieldsKey(state: FormState): string {
  return JSON.stringify(state.values ?? {});
}
