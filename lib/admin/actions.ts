import 'server-only';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { staffAreaRedirect } from '@/lib/auth/staff-area';
import type { Viewer } from '@/lib/auth/session';
import { isStaffMfaRequired } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { FormAction, FormState } from '@/lib/form-state';
import { action } from '@/lib/forms';
import { CAPABILITIES, can, type Capability } from './policy';

/** Every staff action and the capability it asks for: the role-matrix test reads it. */
export const STAFF_ACTIONS = new WeakMap<FormAction, Capability>();

/**
 * A server action under /admin: lib/forms.ts's action (the form parsed with zod, the caller
 * re-read from the database: anonymous → sign in, a role below the capability's → refused),
 * then the staff area's second-factor rule, then the handler. Export only what this makes.
 */
export function staffAction<S extends z.ZodType>(
  capability: Capability,
  schema: S,
  handler: (input: z.infer<S>, context: { viewer: Viewer; values: Record<string, string> }) => Promise<FormState | void>,
  options: { secretFields?: readonly string[] } = {},
): FormAction {
  const wrapped = action(schema, { auth: CAPABILITIES[capability], secretFields: options.secretFields }, async (input, context) => {
    if (!can(context.viewer.role, capability)) throw new AppError('auth:forbidden', 'You do not have access to this.', 403);
    const destination = staffAreaRedirect(context.viewer, isStaffMfaRequired());
    if (destination) redirect(destination);
    return handler(input, context);
  });
  STAFF_ACTIONS.set(wrapped, capability);
  return wrapped;
}
