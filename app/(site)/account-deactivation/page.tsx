import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/app/_ui/content/breadcrumbs';
import { env } from '@/lib/env';
import { siteName } from '@/lib/site';

export const revalidate = 300;

export const metadata: Metadata = {
  title: 'Account Deactivation',
  description: 'What happens when you deactivate your account, what we keep and for how long, and how to do it.',
  alternates: { canonical: '/account-deactivation' },
};

// Read at build and revalidation: the page is cached, and the setting is the same for everyone.
const GRACE_DAYS = env.ACCOUNT_GRACE_DAYS;

export default function AccountDeactivationPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:px-6 sm:py-8">
      <Breadcrumbs trail={[]} current="Account Deactivation" />
      <h1 className="mt-6 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Account Deactivation</h1>
      <p className="mt-4 text-lg leading-relaxed text-slate-700">
        You can stop using your {siteName} account at any time. Deactivating it closes the account straight away and
        gives you {GRACE_DAYS} days to change your mind before your personal data is deleted.
      </p>

      <div className="prose prose-lg prose-slate mt-8 max-w-none prose-h2:text-2xl prose-a:text-brand-800">
        <h2>What happens when you deactivate</h2>
        <ul>
          <li>
            <strong>Sign-in stops at once.</strong> Your email address and password no longer open the account.
          </li>
          <li>
            <strong>Every session ends.</strong> You are signed out on this device and on every other browser or device
            where you were signed in.
          </li>
          <li>
            <strong>Your profile is hidden.</strong> Your name, profession and specialty no longer appear anywhere on the
            portal, and you stop receiving emails from us apart from a confirmation of the deactivation.
          </li>
          <li>
            <strong>Your CME certificates stay verifiable.</strong> A certificate you have already earned keeps its
            verification code, so a regulator or employer can still confirm it at its verification address.
          </li>
        </ul>

        <h2>What we keep, and for how long</h2>
        <p>
          We keep your account data for a grace period of {GRACE_DAYS} days after you deactivate. During that time
          nothing is visible to anyone, but nothing is lost either.
        </p>
        <ul>
          <li>
            <strong>If you change your mind</strong> within the {GRACE_DAYS} days, sign in again with your usual email
            and password, or go to <Link href="/reactivate">Reactivate your account</Link>, and your account is
            reactivated exactly as it was.
          </li>
          <li>
            <strong>After {GRACE_DAYS} days</strong> your personal data — profile, bookmarks, CME attempts and
            preferences — is permanently deleted. We keep only what the law requires (for example a record that a CME
            certificate was issued, so it can still be verified), without your contact details.
          </li>
          <li>
            <strong>If you would rather not wait,</strong> choose &ldquo;Delete my account now&rdquo; when you deactivate
            and we delete your personal data straight away instead of keeping it for the grace period.
          </li>
        </ul>

        <h2>Before you go: take a copy of your data</h2>
        <p>
          Signed in, you can download everything we hold about you — your profile, bookmarks, CME activities and
          certificates — as a single file from <Link href="/account/data">your data page</Link>. Download your CME
          certificates as PDFs too if you need them for your records; once the account is deleted you cannot sign in to
          fetch them.
        </p>

        <h2>How to deactivate</h2>
        <p>
          Deactivation needs you to be signed in, so that nobody else can close your account. Once signed in, go to{' '}
          <Link href="/account/deactivate">Deactivate your account</Link> in your account settings, confirm with your
          password, and optionally tell us why you are leaving.
        </p>
      </div>

      <div className="mt-8 flex flex-wrap gap-3">
        <Link
          href="/account/deactivate"
          className="inline-flex rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
        >
          Go to account deactivation
        </Link>
        <Link
          href="/login"
          className="inline-flex rounded-md border border-slate-300 px-4 py-2 font-semibold text-slate-800 hover:bg-slate-50"
        >
          Sign in
        </Link>
      </div>
    </div>
  );
}
