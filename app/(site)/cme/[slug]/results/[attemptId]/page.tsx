import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AttemptReview } from '@/app/_ui/cme/test/attempt-review';
import { formatAttemptTime } from '@/lib/cme/format';
import { CmeTestHeader } from '@/app/_ui/cme/test/page-header';
import { requireUser } from '@/lib/auth/session';
import { getAttemptResult, getPostTest } from '@/lib/cme/post-test';

// Per request and private (Cache-Control: private, no-store): the owner's own result.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Post-test result', robots: { index: false, follow: false } };

type Props = { params: Promise<{ slug: string; attemptId: string }> };

export default async function AttemptResultPage({ params }: Props) {
  const { slug, attemptId } = await params;
  const viewer = await requireUser(`/cme/${encodeURIComponent(slug)}/results/${encodeURIComponent(attemptId)}`);
  // Anyone's but the owner's attempt, or another activity's under this address: not found.
  const result = /^[1-9][0-9]{0,9}$/.test(attemptId) ? await getAttemptResult(viewer, Number(attemptId)) : null;
  if (!result || result.activitySlug !== slug) notFound();
  const right = result.questions.filter((q) => q.isCorrect).length;
  const next = result.isPassed ? null : (await getPostTest(slug, viewer))?.eligibility;
  const nextAttemptAt = next && !next.ok && next.reason === 'limit' ? next.nextAttemptAt : null;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <CmeTestHeader slug={result.activitySlug} activityTitle={result.activityTitle} title="Post-test result" />
      <section
        aria-labelledby="score-title"
        className={`mt-6 rounded-md border p-5 ${result.isPassed ? 'border-emerald-300 bg-emerald-50 text-emerald-950' : 'border-amber-300 bg-amber-50 text-amber-950'}`}
      >
        <h2 id="score-title" className="text-2xl font-bold">
          {result.isPassed ? 'You passed' : 'Not passed this time'}
        </h2>
        <p className="mt-2">
          Your score: <strong>{result.scorePercent} %</strong> ({right} of {result.questions.length} right). The pass mark is {result.passMark} %.
        </p>
        <div className="mt-4">
          {result.isPassed ? (
            <Link href={`/cme/${result.activitySlug}/evaluation`} className="link font-semibold">
              Continue to the evaluation
            </Link>
          ) : next?.ok ? (
            <Link href={`/cme/${result.activitySlug}/test`} className="link font-semibold">
              Try again
            </Link>
          ) : nextAttemptAt ? (
            <p>
              You have used all your attempts for now. You can try again at{' '}
              <time dateTime={nextAttemptAt.toISOString()}>{formatAttemptTime(nextAttemptAt)}</time>.
            </p>
          ) : (
            <p>This activity takes no new attempts.</p>
          )}
        </div>
      </section>
      <AttemptReview result={result} />
    </div>
  );
}
