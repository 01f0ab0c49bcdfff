import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EvaluationForm } from '@/app/_ui/cme/test/evaluation-form';
import { CmeTestHeader } from '@/app/_ui/cme/test/page-header';
import { requireUser } from '@/lib/auth/session';
import { getEvaluationState } from '@/lib/cme/evaluation';

// Per request and private (Cache-Control: private, no-store): the doctor's own evaluation.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Evaluation', robots: { index: false, follow: false } };

type Props = { params: Promise<{ slug: string }> };

export default async function EvaluationPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await requireUser(`/cme/${encodeURIComponent(slug)}/evaluation`);
  const state = await getEvaluationState(viewer, slug);
  if (!state) notFound();
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <CmeTestHeader slug={state.activitySlug} activityTitle={state.activityTitle} title="Evaluation" />
      {!state.certificateCode ? (
        <section aria-labelledby="not-passed-title" className="mt-6">
          <h2 id="not-passed-title" className="text-xl font-bold text-slate-900">
            Pass the post-test first
          </h2>
          <p className="mt-2 text-slate-700">The evaluation follows a pass, and the certificate follows the evaluation.</p>
          <p className="mt-2">
            <Link href={`/cme/${state.activitySlug}/test`} className="link">Take the post-test</Link>
          </p>
        </section>
      ) : state.isEvaluated ? (
        <section aria-labelledby="ready-title" className="mt-6 rounded-md border border-emerald-300 bg-emerald-50 p-5 text-emerald-950">
          <h2 id="ready-title" tabIndex={-1} className="text-2xl font-bold">
            Thank you: your certificate is ready
          </h2>
          <p className="mt-2">
            Its verification code is <strong className="font-mono">{state.certificateCode}</strong>.
          </p>
          <ul className="mt-4 space-y-2">
            <li>
              {/* A file, not a page: a plain link, so the router does not prefetch or fetch it as a page. */}
              <a href={`/cme/certificates/${state.certificateCode}.pdf`} className="link font-semibold">
                Download your certificate (PDF)
              </a>
            </li>
            <li>
              <Link href="/account/cme" className="link">See all your CME credits</Link>
            </li>
          </ul>
        </section>
      ) : (
        <>
          <p className="mt-6 text-slate-700">
            You passed. Accredited CME asks for a short evaluation before your certificate: three questions and, if you like, a comment.
          </p>
          <EvaluationForm slug={state.activitySlug} />
        </>
      )}
    </div>
  );
}
