import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Your data', robots: { index: false } };

export default async function AccountDataPage() {
  await requireUser('/account/data');
  return (
    <section aria-labelledby="data-title" className="max-w-3xl">
      <h1 id="data-title" className="text-2xl font-bold text-slate-900">
        Your data
      </h1>
      <p className="mt-4 text-slate-800">
        Download everything we hold about you as one JSON file, readable by any text editor and by other services:
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-6 text-slate-800">
        <li>your profile: name, email, profession, specialty, registration number and council, country;</li>
        <li>the Terms and Privacy Policy versions you accepted, and when;</li>
        <li>the devices you are signed in on: browser, address, when the session started and was last used;</li>
        <li>your bookmarks;</li>
        <li>your CME test attempts and certificates, with their verification codes.</li>
      </ul>
      <p className="mt-4 text-slate-800">
        It never holds your password, sign-in links or two-factor secrets: we do not keep those in a form anyone can read.
      </p>
      <p className="mt-6">
        {/* A plain link: the browser saves the file (Content-Disposition), no script needed. */}
        <a
          href="/account/data/export"
          download
          className="inline-flex rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
        >
          Download your data (JSON)
        </a>
      </p>
    </section>
  );
}
