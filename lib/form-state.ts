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
};

/** A form before its first answer. */
export const idleFormState: FormState = { status: 'idle' };

/** A form's server action as useActionState calls it. */
export type FormAction<S extends FormState = FormState> = (previous: S, formData: FormData) => Promise<S>;
