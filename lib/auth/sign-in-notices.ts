/**
 * What /login?notice=… says above the form. Other flows send readers here with one of these:
 * signed-out (the header's Sign out), password-changed, password-reset, reactivated.
 */
const NOTICES: Record<string, string> = {
  'signed-out': 'You are signed out.',
  'password-changed': 'Your password was changed. Sign in again with the new one.',
  'password-reset': 'Your password was reset. Sign in with the new one.',
  reactivated: 'Your account is active again. Sign in to continue.',
  'email-verified': 'Your email address is confirmed. Sign in to continue.',
};

export function signInNotice(code: unknown): string | null {
  return typeof code === 'string' ? (NOTICES[code] ?? null) : null;
}
