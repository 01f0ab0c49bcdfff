'use client';

import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useFormStatus } from 'react-dom';
import type { FormState } from '@/lib/form-state';

/*
 * The one field kit for every form with a server action: a label, an optional hint, the
 * control, and its error right beside it, tied to the control with aria-describedby (and
 * aria-invalid), so a screen reader reads the message with the field. Uncontrolled, with the
 * typed value of the last answer as the default; React resets a form after its action, and a
 * select goes back to the default it was mounted with, so the fields sit in an element keyed by
 * fieldsKey(state): they mount again with what was typed, and nothing is lost but the secrets.
 *
 * Ids come from useId: a page such as /account/security holds several forms with a field of
 * the same name, and ids made from the name would clash there.
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
  /**
   * Put back what the last answer says was typed. Passwords never are, whatever this says;
   * other secrets (codes, tokens) stay out because the action lists them in secretFields.
   */
  keepValue?: boolean;
};

function useField({ name, state, hint, keepValue = true }: Pick<FieldProps, 'name' | 'state' | 'hint' | 'keepValue'>) {
  const id = useId();
  const errors = state.fieldErrors?.[name];
  const error = errors?.length ? errors.join(' ') : undefined;
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return {
    id,
    error,
    kept: keepValue ? state.values?.[name] : undefined,
    control: { id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy },
    className: `${CONTROL} ${error ? 'border-red-700' : 'border-slate-400'}`,
  } as const;
}

function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="mt-1 font-medium text-red-800">
      <span aria-hidden="true">⚠ </span>
      {error}
    </p>
  ) : null;
}

function FieldFrame({ field, id, error, children }: { field: FieldProps; id: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold text-slate-900">
        {field.label}
        {field.required === false ? <span className="font-normal text-slate-700"> (optional)</span> : null}
      </label>
      {field.hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {field.hint}
        </p>
      ) : null}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function TextField({
  type = 'text',
  multiline = false,
  autoComplete,
  inputMode,
  maxLength,
  defaultValue,
  ...field
}: FieldProps & {
  type?: 'text' | 'email' | 'password';
  /** A textarea, for prose such as a reason. */
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'numeric';
  maxLength?: number;
  defaultValue?: string;
}) {
  const { id, error, kept, control, className } = useField(field);
  const isRequired = field.required !== false;
  // Passwords are never sent back: the field starts empty after every answer.
  const value = type === 'password' ? undefined : (kept ?? defaultValue ?? '');
  // Addresses and codes are not words: no spelling marks, no capital put in by a phone.
  const isVerbatim = type !== 'text' || autoComplete === 'one-time-code';
  return (
    <FieldFrame field={field} id={id} error={error}>
      {multiline ? (
        <textarea {...control} rows={4} maxLength={maxLength} required={isRequired} defaultValue={value} className={className} />
      ) : (
        <input
          {...control}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          maxLength={maxLength}
          required={isRequired}
          defaultValue={value}
          spellCheck={isVerbatim ? false : undefined}
          autoCapitalize={isVerbatim ? 'off' : undefined}
          className={className}
        />
      )}
    </FieldFrame>
  );
}

export function SelectField({
  options,
  placeholder,
  defaultValue,
  onChange,
  ...field
}: FieldProps & {
  options: ReadonlyArray<readonly [value: string, label: string]>;
  placeholder: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
}) {
  const { id, error, kept, control, className } = useField(field);
  return (
    <FieldFrame field={field} id={id} error={error}>
      <select
        {...control}
        required={field.required !== false}
        defaultValue={kept ?? defaultValue ?? ''}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        className={className}
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

export function CheckboxField({ label, ...field }: Omit<FieldProps, 'label' | 'required'> & { label: ReactNode }) {
  const { id, error, kept, control } = useField(field);
  return (
    <div>
      {field.hint ? (
        <div id={`${id}-hint`} className="text-sm text-slate-700">
          {field.hint}
        </div>
      ) : null}
      <div className="mt-2 flex items-start gap-3">
        <input {...control} type="checkbox" defaultChecked={kept === 'on'} className="mt-1 h-5 w-5 shrink-0 accent-brand-800" />
        <label htmlFor={id} className="text-slate-900">
          {label}
        </label>
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}

/**
 * The form's own message (above the fields): an error summary, read out at once, or a
 * confirmation. Focusable, so useFocusFirstError can land on it when no field is in error.
 */
const RADIO_LAYOUTS = {
  /** Short answers side by side (Yes / No). */
  inline: {
    options: 'mt-2 flex flex-wrap gap-3',
    label: 'flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-4 py-2',
    input: 'h-5 w-5',
  },
  /** Longer answers one under another, in a framed group (a test question). */
  stacked: {
    options: 'mt-3 space-y-2',
    label: 'flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 px-3 py-3',
    input: 'mt-1 h-5 w-5 shrink-0',
  },
} as const;

/**
 * One answer from a few: a fieldset whose legend is the question, radio buttons for the
 * answers. A radio button cannot carry aria-invalid, so the fieldset is marked (data-invalid,
 * which useFocusFirstError looks for) and the message is tied to it and to each button.
 */
export function RadioGroupField({
  name,
  legend,
  options,
  state,
  layout = 'inline',
}: {
  name: string;
  legend: ReactNode;
  options: ReadonlyArray<{ value: string; label: string }>;
  state: FormState;
  layout?: keyof typeof RADIO_LAYOUTS;
}) {
  const { id, error, kept } = useField({ name, state });
  const describedBy = error ? `${id}-error` : undefined;
  const look = RADIO_LAYOUTS[layout];
  const frame = layout === 'stacked' ? `rounded-md border p-4 sm:p-5 ${error ? 'border-red-700' : 'border-slate-300'}` : undefined;
  return (
    <fieldset data-invalid={error ? true : undefined} aria-describedby={describedBy} className={frame}>
      <legend className={`font-semibold text-slate-900${layout === 'stacked' ? ' px-1' : ''}`}>{legend}</legend>
      <FieldError id={id} error={error} />
      <div className={look.options}>
        {options.map((option) => (
          <label
            key={option.value}
            className={`${look.label} text-slate-900 hover:bg-slate-50 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50`}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={kept === option.value}
              aria-describedby={describedBy}
              className={`${look.input} accent-brand-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700`}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function FormMessage({ state }: { state: FormState }) {
  if (!state.message || state.status === 'idle') return null;
  const isError = state.status === 'error';
  return (
    <div
      data-form-message
      role={isError ? 'alert' : 'status'}
      tabIndex={-1}
      className={`rounded-md border px-4 py-3 font-medium ${isError ? 'border-red-300 bg-red-50 text-red-900' : 'border-emerald-300 bg-emerald-50 text-emerald-900'}`}
    >
      {state.message}
    </div>
  );
}

/**
 * What stands in place of a form once it has done its work. Its heading takes focus, so a
 * screen reader starts reading there rather than at the top of the page.
 */
export function FormAnswer({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 rounded-md border border-emerald-300 bg-emerald-50 p-6">
      <h2 id={id} tabIndex={-1} ref={(heading) => heading?.focus()} className="text-2xl font-bold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

const BUTTON_TONES = {
  primary: 'bg-brand-800 text-white hover:bg-brand-900',
  danger: 'bg-red-800 text-white hover:bg-red-900',
  plain: 'border border-slate-400 bg-white text-slate-900 hover:bg-slate-100',
} as const;

/** Says it is working while the action runs, and cannot be pressed twice meanwhile. */
export function SubmitButton({ children, pendingText = 'Working…', tone = 'primary' }: { children: ReactNode; pendingText?: string; tone?: keyof typeof BUTTON_TONES }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-5 font-semibold disabled:opacity-70 ${BUTTON_TONES[tone]}`}
    >
      {pending ? pendingText : children}
    </button>
  );
}

/**
 * After an answer with errors, moves focus to the first field marked invalid (a radio group's
 * first button), or to the form's message when no field is, so keyboard and screen-reader
 * users land on what to fix.
 */
export function useFocusFirstError(state: FormState): RefObject<HTMLFormElement | null> {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== 'error') return;
    const target =
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[data-invalid] input') ??
      form.current?.querySelector<HTMLElement>('[data-form-message]');
    target?.focus();
  }, [state]);
  return form;
}

/** The key for a form's fields: new values from an answer mount them again with those values as defaults. */
export function fieldsKey(state: FormState): string {
  return JSON.stringify(state.values ?? {});
}
