/**
 * The `error` codes next-auth puts in its answer to a failed credentials sign-in (and in
 * /login?error=… for a browser without JavaScript), and what the sign-in form says for each.
 * No `server-only`: the form reads the messages too.
 */
export const SIGN_IN_ERROR_CODES = {
  invalid: 'CredentialsSignin',
  'rate-limited': 'RateLimited',
  'code-required': 'TwoFactorRequired',
  'code-invalid': 'TwoFactorInvalid',
  deactivated: 'AccountDeactivated',
} as const;

export type SignInErrorCode = (typeof SIGN_IN_ERROR_CODES)[keyof typeof SIGN_IN_ERROR_CODES];

export const GENERIC_SIGN_IN_MESSAGE = 'The email or password is not right.';

const MESSAGES: Record<string, string> = {
  CredentialsSignin: GENERIC_SIGN_IN_MESSAGE,
  RateLimited: 'Too many attempts. Try again later (in about 15 minutes).',
  TwoFactorRequired: 'Enter the code from your authenticator app, or a recovery code.',
  TwoFactorInvalid: 'That code is not right or was already used. Enter the current code.',
  AccountDeactivated: 'This account is deactivated. You can reactivate it.',
};

/** The message for an error code; anything unknown (next-auth's own codes included) is a generic failure. */
export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return MESSAGES[code] ?? 'Signing in did not work. Please try again.';
}
