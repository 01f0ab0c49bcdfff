import type { Metadata } from 'next';
import Link from 'next/link';
import { VerifyEmailBanner } from '@/app/_ui/account/verify-banner';
import { listSpecialtyChoices, profileOf } from '@/lib/accounts/profile';
import { PROFESSION_LABELS, PROFESSIONS } from '@/lib/accounts/schemas';
import { requireUser } from '@/lib/auth/session';
import { ProfileForm } from './profile-form';

// Per request and private (Cache-Control: private, no-store): it shows the signed-in user's own data.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Your profile', robots: { index: false } };

export default async function AccountPage() {
  const viewer = await requireUser('/account');
  // Both from memory: the profile came with the session's lookup, the specialties are held (lib/accounts/profile.ts).
  const [profile, specialties] = await Promise.all([profileOf(viewer), listSpecialtyChoices()]);
  const { email, name, profession, specialty, registrationNumber, registrationCouncil, country } = profile;
  return (
    <div className="mx-auto max-w-2xl px-4 py-8 sm:px-6 sm:py-12">
      {viewer.isEmailVerified ? null : <VerifyEmailBanner email={viewer.email} />}
      <h1 className="mt-6 text-3xl font-bold tracking-tight text-slate-900">Your profile</h1>
      <p className="mt-3 text-slate-700">
        Signed in as <strong>{email}</strong>. To change your email address or password, go to{' '}
        <Link href="/account/security">Security</Link>.
      </p>
      <ProfileForm
        profile={{ name, profession, specialty, registrationNumber, registrationCouncil, country }}
        professions={PROFESSIONS.map((p) => [p, PROFESSION_LABELS[p]] as const)}
        specialties={specialties.map((s) => [s.slug, s.name] as const)}
      />
    </div>
  );
}
