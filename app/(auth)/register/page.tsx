import type { Metadata } from 'next';
import Link from 'next/link';
import { listSpecialtyChoices } from '@/lib/accounts/profile';
import { PROFESSION_LABELS, PROFESSIONS } from '@/lib/accounts/schemas';
import { listDocumentsToAccept } from '@/lib/legal/acceptance';
import { companyName, llpName, siteName } from '@/lib/site';
import { RegisterForm } from './register-form';

// Per request: the form carries the legal versions in force now, and the strict CSP's nonce.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Create your account',
  description: `Create a free ${siteName} account for health professionals.`,
  robots: { index: false },
};

export default async function RegisterPage() {
  const [specialties, documents] = await Promise.all([listSpecialtyChoices(), listDocumentsToAccept()]);
  const link = ({ kind, entity, version, title, href }: (typeof documents)['llp'][number]) => ({ kind, entity, version, title, href });
  return (
    <div className="mx-auto max-w-2xl px-4 py-8 sm:px-6 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Create your account</h1>
      <p className="mt-3 text-lg text-slate-700">
        For doctors, residents, nurses, pharmacists, students and other health professionals. Already registered?{' '}
        <Link href="/login">Sign in</Link>.
      </p>
      <RegisterForm
        professions={PROFESSIONS.map((p) => [p, PROFESSION_LABELS[p]] as const)}
        specialties={specialties.map((s) => [s.slug, s.name] as const)}
        documents={{ llp: documents.llp.map(link), inc: documents.inc.map(link) }}
        entityNames={{ llp: llpName, inc: companyName }}
      />
    </div>
  );
}
