import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { normaliseCertificateCode } from '@/lib/cme/certificate-code';
import { verifyCertificate } from '@/lib/cme/certificates';
import { DayText } from '@/app/_ui/content/meta';
import { formatCredits } from '@/lib/cme/format';
import { clientAddress } from '@/lib/security/client-address';
import { VerifyForm } from '../verify-form';

/*
 * Anyone may check a code: rendered per request (each check counts against the address),
 * never indexed. It says only what verifyCertificate tells: valid or not, whose, what, when.
 */
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'CME certificate check', robots: { index: false, follow: false } };

type Props = { params: Promise<{ code: string }> };

const timeOfDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' });

export default async function VerifyCodePage({ params }: Props) {
  const { code: raw } = await params;
  const typed = safeDecode(raw);
  const code = normaliseCertificateCode(typed) ?? typed.slice(0, 64);
  const result = await verifyCertificate(code, clientAddress(await headers()));
  return (
    <section aria-labelledby="verify-title" className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <h1 id="verify-title" className="text-2xl font-bold text-slate-900 sm:text-3xl">
        CME certificate check
      </h1>
      <p className="mt-2 text-slate-700">
        Code <span className="font-mono font-semibold break-all text-slate-900">{code}</span>
      </p>

      {result.state === 'valid' ? (
        <div className="mt-6 rounded-lg border border-green-700 bg-green-50 p-5">
          <p className="text-lg font-semibold text-green-900">
            <span aria-hidden="true">✓ </span>This certificate is valid.
          </p>
          <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold text-slate-900">Issued to</dt>
            <dd className="text-slate-800">{result.isAccountDeleted ? <em>Account deleted</em> : result.holderName}</dd>
            <dt className="font-semibold text-slate-900">Activity</dt>
            <dd className="text-slate-800">{result.activityTitle}</dd>
            <dt className="font-semibold text-slate-900">Credits</dt>
            <dd className="text-slate-800">{formatCredits(result.credits)}</dd>
            <dt className="font-semibold text-slate-900">Date of issue</dt>
            <dd className="text-slate-800">
              <DayText value={result.issuedAt} />
            </dd>
          </dl>
          {result.isAccountDeleted ? (
            <p className="mt-4 text-sm text-slate-700">The holder&apos;s account has been deleted, so we no longer show their name.</p>
          ) : null}
        </div>
      ) : result.state === 'unknown' ? (
        <div className="mt-6 rounded-lg border border-red-700 bg-red-50 p-5">
          <p className="text-lg font-semibold text-red-900">No certificate has this code.</p>
          <p className="mt-2 text-slate-800">Check the code against the certificate: each group is four letters or digits.</p>
        </div>
      ) : (
        <div role="alert" className="mt-6 rounded-lg border border-amber-700 bg-amber-50 p-5">
          <p className="text-lg font-semibold text-amber-900">
            Too many checks from your network. Try again at <time dateTime={result.retryAt.toISOString()}>{timeOfDay.format(result.retryAt)} UTC</time>.
          </p>
        </div>
      )}

      <h2 className="mt-10 text-lg font-semibold text-slate-900">Check another certificate</h2>
      <VerifyForm />
      <p className="mt-6">
        <Link href="/cme" className="font-medium text-brand-800 underline hover:text-brand-900">
          CME activities
        </Link>
      </p>
    </section>
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
