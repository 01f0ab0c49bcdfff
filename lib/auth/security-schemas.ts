import { z } from 'zod';

/*
 * The inputs of /account/security. Passwords are checked as typed (no trim); their length
 * rules are the password policy's (passwordProblem), so zod only bounds the size here.
 */
const password = (message: string) => z.string().min(1, message).max(1_000, 'That is too long for a password.');

export const ChangePasswordInput = z
  .object({
    currentPassword: password('Enter your current password.'),
    newPassword: password('Enter a new password.'),
    confirmPassword: password('Enter the new password again.'),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two new passwords are not the same.',
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const ChangeEmailInput = z.object({
  currentPassword: password('Enter your current password.'),
  newEmail: z
    .string()
    .trim()
    .min(1, 'Enter your new email address.')
    .max(254, 'An email address has at most 254 characters.')
    .pipe(z.email('Enter an email address like name@example.com.')),
});
export type ChangeEmailInput = z.infer<typeof ChangeEmailInput>;

export const PasswordOnlyInput = z.object({ currentPassword: password('Enter your current password.') });

export const EnableTwoFactorInput = z.object({
  code: z.string().trim().min(1, 'Enter the 6-digit code from your authenticator app.').max(64, 'Enter the 6-digit code from your authenticator app.'),
  currentPassword: password('Enter your current password.'),
});

export const EmailChangeTokenInput = z.object({ token: z.string().min(20).max(100) });
