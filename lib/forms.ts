import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { getViewer, requireRole, requireUser, type Viewer } from '@/lib/auth/session';
import type { Role } from '@/lib/auth/roles';
import { unavailableCode } from '@/lib/db/unavailable';
import { isAppError } from '@/lib/errors';
import type { FormAction, FormState } from '@/lib/form-state';

export { idleFormState, type FormState } from '@/lib/form-state';

/** Who may submit: anyone, any signed-in user, or a role and the ones above it. */
export type ActionAuth = 'public' | 'user' | Role;

type ActionOptions = {
  auth: ActionAuth;
  /** Fields never sent back to the browser (passwords, codes): the form does not keep them. */
  secretFields?: readonly string[];
};

/** The schema of a form that sends nothing but the press of its button. */
export const NoFields = z.object({});

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The portal’s database is unavailable for a moment. Your entries are kept; please send the form again in a minute.';

/** No field of any form is longer; a longer one is refused before zod sees it. */
export const MAX_FIELD_LENGTH = 20_000;
const MAX_FIELDS = 50;

/**
 * A form's server action in four steps, so none can be forgotten: parse the form with its zod
 * schema, authorize the caller (re-read from the database), call `lib/` through `handler`, and
 * answer with a FormState. An AppError becomes its message; anything else is logged and the
 * user sees a generic message, never a stack or a database error. Redirects pass through.
 */
export function action<S extends z.ZodType>(
  schema: S,
  options: ActionOptions & { auth: 'public' },
  handler: (input: z.infer<S>, context: { viewer: Viewer | null; values: Record<string, string> }) => Promise<FormState | void>,
): FormAction;
/** Signed in: the handler always has the viewer, whom authorization has just re-read. */
export function action<S extends z.ZodType>(
  schema: S,
  options: ActionOptions & { auth: Exclude<ActionAuth, 'public'> },
  handler: (input: z.infer<S>, context: { viewer: Viewer; values: Record<string, string> }) => Promise<FormState | void>,
): FormAction;
export function action<S extends z.ZodType>(
  schema: S,
  options: ActionOptions,
  handler: (input: z.infer<S>, context: { viewer: Viewer; values: Record<string, string> }) => Promise<FormState | void>,
): FormAction {
  const secret = new Set(options.secretFields ?? []);
  return async (_previous, formData) => {
    const fields = readFields(formData);
    if (!fields) return { status: 'error', message: 'The form could not be read. Reload the page and try again.' };
    const values = Object.fromEntries(Object.entries(fields).filter(([name]) => !secret.has(name) && !name.startsWith('$')));
    try {
      const viewer = await authorize(options.auth);
      const parsed = schema.safeParse(fields);
      if (!parsed.success) {
        return { status: 'error', message: 'Please correct the fields marked below.', fieldErrors: fieldErrorsOf(parsed.error), values };
      }
      // A public action may have no viewer; its overload says so to the handler.
      return (await handler(parsed.data, { viewer: viewer as Viewer, values })) ?? { status: 'ok' };
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error)) return { status: 'error', message: error.publicMessage, values };
      const outage = unavailableCode(error);
      if (outage) {
        // An outage, not a bug: said as such, so the user waits a moment and sends the form again.
        console.error(`[action] the database is unavailable (${outage})`);
        return { status: 'error', message: DATABASE_UNAVAILABLE_MESSAGE, values };
      }
      console.error('[action]', error);
      return { status: 'error', message: 'Something went wrong on our side. Your entries are kept; please try again.', values };
    }
  };
}

async function authorize(auth: ActionAuth): Promise<Viewer | null> {
  if (auth === 'public') return getViewer();
  if (auth === 'user') return requireUser();
  return requireRole(auth);
}

/** The form's text fields; null when it holds files, too many fields or a field too long. */
export function readFields(formData: FormData): Record<string, string> | null {
  // A hand-made action request can send any arguments: the form may be missing or not a form.
  if (!(formData instanceof FormData)) return null;
  const fields: Record<string, string> = {};
  let count = 0;
  for (const [name, value] of formData.entries()) {
    if (typeof value !== 'string' || value.length > MAX_FIELD_LENGTH || ++count > MAX_FIELDS) return null;
    // React's own fields ($ACTION_…) are not the form's.
    if (!name.startsWith('$ACTION')) fields[name] = value;
  }
  return fields;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}
