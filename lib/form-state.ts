/*
 * Kept apart from lib/forms.ts, which is server-only (its action() reaches the database):
 * client forms need the type and the idle state, and must not pull the server side in.
 */

/**
 * What a form's server action answers, for `useActionState`. Expected failures are values:
 * a message for the form, messages per field (shown beside it, linked by aria-describedby),
 * and the non-secret values as typed, so nothing is lost but the passwords.
 */
export type FormState = {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  /** A save refused because the item was saved by someone else since the form was opened. */
  conflict?: EditConflict;
};

/**
 * The item as it now stands, for a refused save to show beside what was typed (optimistic
 * locking on `version`, lib/admin): nothing is overwritten unless the editor says so.
 */
export type EditConflict = {
  /** The version now saved; a save that names it goes through. */
  version: number;
  savedBy: string | null;
  savedAt: string;
  /** The saved item's form fields, by the form's field names. */
  fields: Record<string, string>;
};

/** A form before its first answer. */
export const idleFormState: FormState = { status: 'idle' };

/** A form's server action as useActionState calls it. */
export type FormAction<S extends FormState = FormState> = (previous: S, formData: FormData) => Promise<S>;
