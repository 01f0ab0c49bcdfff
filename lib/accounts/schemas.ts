import { z } from 'zod';
import { COUNTRY_CODES } from './countries';

/*
 * The account forms' inputs, shared by sign-up and the /account profile, so both accept and
 * refuse exactly the same. Lengths match the users table's checks (lib/db/schema/users.ts);
 * messages say what to do, beside the field they belong to.
 */

export const PROFESSIONS = ['doctor', 'resident', 'nurse', 'pharmacist', 'student', 'other'] as const;
export type Profession = (typeof PROFESSIONS)[number];

export const PROFESSION_LABELS: Record<Profession, string> = {
  doctor: 'Doctor',
  resident: 'Resident',
  nurse: 'Nurse',
  pharmacist: 'Pharmacist',
  student: 'Medical student',
  other: 'Other health professional',
};

export const NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 254;
export const REGISTRATION_NUMBER_MAX_LENGTH = 40;
export const REGISTRATION_COUNCIL_MAX_LENGTH = 120;

// C0 and C1 controls (NUL, newlines, escapes) have no place in a name or an address.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const hasNoControls = (value: string) => !CONTROL_CHARACTERS.test(value);

const text = (missing: string) => z.string({ error: missing });

/** Trimmed; stored as typed, compared without regard to case (users_email_lower_key). */
export const emailField = text('Enter your email address.')
  .trim()
  .min(1, 'Enter your email address.')
  .max(EMAIL_MAX_LENGTH, `An email address has at most ${EMAIL_MAX_LENGTH} characters.`)
  .refine(hasNoControls, { message: 'Enter a valid email address, like name@example.com.', abort: true })
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.com.' }));

const nameField = text('Enter your name.')
  .trim()
  .min(1, 'Enter your name.')
  .max(NAME_MAX_LENGTH, `Use at most ${NAME_MAX_LENGTH} characters for your name.`)
  .refine(hasNoControls, 'Your name contains characters we cannot store (such as line breaks).');

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .refine(hasNoControls, 'This contains characters we cannot store (such as line breaks).')
    .optional()
    .transform((value) => (value ? value : null));

/** Only the lengths: the policy (common passwords, the user's own name) is passwordProblem's, in lib. */
export const newPasswordField = text('Choose a password.')
  .min(1, 'Choose a password.')
  .refine((value) => [...value].length >= 10, 'Use at least 10 characters.')
  .refine((value) => [...value].length <= 128, 'Use at most 128 characters.');

/** The profile as sign-up and /account take it. */
const profileShape = {
  name: nameField,
  profession: z.enum(PROFESSIONS, { error: 'Choose your profession.' }),
  /** A specialty's slug; lib checks that it exists. */
  specialty: z
    .string()
    .trim()
    .max(80)
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'Choose a specialty from the list.')
    .optional()
    .transform((value) => (value ? value : null)),
  registrationNumber: optionalText(REGISTRATION_NUMBER_MAX_LENGTH, `A registration number has at most ${REGISTRATION_NUMBER_MAX_LENGTH} characters.`),
  registrationCouncil: optionalText(REGISTRATION_COUNCIL_MAX_LENGTH, `Use at most ${REGISTRATION_COUNCIL_MAX_LENGTH} characters for the council.`),
  country: text('Choose your country.').refine((code) => COUNTRY_CODES.has(code), 'Choose your country from the list.'),
};

type ProfileShape = { profession?: unknown; registrationNumber?: string | null; registrationCouncil?: string | null };

/** Doctors give the number and the council that registered them; the rule runs beside the other fields' errors. */
function requireRegistrationForDoctors(value: ProfileShape, ctx: z.RefinementCtx) {
  if (value.profession !== 'doctor') return;
  if (!value.registrationNumber) {
    ctx.addIssue({ code: 'custom', path: ['registrationNumber'], message: 'Doctors: enter your medical registration number.' });
  }
  if (!value.registrationCouncil) {
    ctx.addIssue({ code: 'custom', path: ['registrationCouncil'], message: 'Doctors: enter the council that registered you.' });
  }
}

export const ProfileInput = z.object(profileShape).superRefine(requireRegistrationForDoctors, { when: () => true });
export type ProfileInput = z.infer<typeof ProfileInput>;

export const RegisterInput = z
  .object({
    ...profileShape,
    email: emailField,
    password: newPasswordField,
    acceptTerms: z.literal('on', { error: 'Accept the Terms and the Privacy Policy to create an account.' }),
  })
  .superRefine(requireRegistrationForDoctors, { when: () => true });
export type RegisterInput = z.infer<typeof RegisterInput>;

export const ForgotPasswordInput = z.object({ email: emailField });
export type ForgotPasswordInput = z.infer<typeof ForgotPasswordInput>;

export const ResetPasswordInput = z.object({
  token: z.string().min(20).max(100),
  password: newPasswordField,
});
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

/** "Resend the link": nothing to type, but every action parses something. */
/** The remove button on /account/bookmarks: one of the viewer's bookmarks, by id. */
export const RemoveBookmarkInput = z.object({ bookmarkId: z.coerce.number().int().positive().max(2_147_483_647) });
