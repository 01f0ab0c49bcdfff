import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { normaliseCertificateCode } from '@/lib/cme/certificate-code';
import { VerifyForm } from './verify-form';

export const metadata: Metadata = {
  title: 'Check a CME certificate',
  description: 'Check that a CME certificate is genuine: type the code printed on it.',
};

type Props = { searchParams: Promise<{ code?: string | string[] }> };

export default async function VerifyPage({ searchParams }: Props) {
  const raw = (await searchParams).code;
  const typed = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  let error: string | undefined;
  if (typed !== undefined) {
    const code = normaliseCertificateCode(typed);
    if (code) redirect(`/cme/verify/${code}`);
    error = typed === '' ? 'Enter the code printed on the certificate.' : 'That is not a certificate code: it is HDC and 16 letters and digits, for example HDC-7KQ2-M9XD-4TNA.';
  }
  return (
    <section aria-labelledby="verify-title" className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <h1 id="verify-title" className="text-2xl font-bold text-slate-900 sm:text-3xl">
        Check a CME certificate
      </h1>
      <p className="mt-4 text-slate-800">
        Every certificate we issue has a verification code and a QR code. Type the code to see whom the certificate was
        issued to, for which activity, how many credits and when.
      </p>
      <VerifyForm value={typed ?? ''} error={error} />
    </section>
  );
}
