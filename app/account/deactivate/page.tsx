import type { Metadata } from 'next';
import Link from 'next/link';
import { DeactivateForm, DeleteNowForm } from '@/app/_ui/forms/deactivate-form';
import { requireUser } from '@/lib/auth/session';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Deactivate your account', robots: { index: false } };

export default async function DeactivatePage() {
  await requireUser('/account/deactivate');
  const graceDays = env.ACCOUNT_GRACE_DAYS;
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold text-slate-900">Deactivate your account</h1>

      <section aria-labelledby="what-happens" className="mt-6">
        <h2 id="what-happens" className="text-xl font-bold text-slate-900">
          What happens
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-6 text-slate-800">
          <li>You are signed out at once, on this device and every other one, and your email and password stop opening the account.</li>
          <li>
            For {graceDays} days nothing is lost: sign in or go to <Link href="/reactivate" className="link">Reactivate your account</Link> and
            it is back exactly as it was.
          </li>
          <li>
            After {graceDays} days we erase your personal data: profile, registration details, bookmarks, CME test attempts and sign-in history.
            Your email address becomes free to sign up again.
          </li>
          <li>
            CME certificates you earned stay verifiable by their code, as &ldquo;account deleted&rdquo; and without your name.
          </li>
        </ul>
      </section>

      <section aria-labelledby="download-first" className="mt-8 rounded-lg border border-brand-100 bg-brand-50 p-5">
        <h2 id="download-first" className="text-xl font-bold text-slate-900">
          First, take a copy of your data
        </h2>
        <p className="mt-2 text-slate-800">
          Once your data is erased you cannot sign in to fetch it.{' '}
          <Link href="/account/data" className="link">
            Download your data
          </Link>{' '}
          (profile, bookmarks, CME attempts and certificates) before you go.
        </p>
      </section>

      <section aria-labelledby="deactivate-heading" className="mt-8">
        <h2 id="deactivate-heading" className="text-xl font-bold text-slate-900">
          Deactivate
        </h2>
        <DeactivateForm graceDays={graceDays} />
      </section>

      <section aria-labelledby="delete-heading" className="mt-10 border-t border-slate-200 pt-6">
        <h2 id="delete-heading" className="text-xl font-bold text-slate-900">
          Or delete my account now
        </h2>
        <p className="mt-2 text-slate-800">
          Skips the {graceDays}-day grace period: your personal data is erased within the hour and the account cannot be restored.
        </p>
        <DeleteNowForm />
      </section>
    </div>
  );
}
