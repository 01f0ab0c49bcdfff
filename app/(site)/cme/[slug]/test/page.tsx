import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CmeTestHeader } from '@/app/_ui/cme/test/page-header';
import { PostTestForm } from '@/app/_ui/cme/test/post-test-form';
import { TestRefusal } from '@/app/_ui/cme/test/refusal';
import { requireUser } from '@/lib/auth/session';
import { getPostTest } from '@/lib/cme/post-test';

// Per request and private (Cache-Control: private, no-store): the signed-in doctor's own test.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Post-test', robots: { index: false, follow: false } };

type Props = { params: Promise<{ slug: string }> };

export default async function PostTestPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await requireUser(`/cme/${encodeURIComponent(slug)}/test`);
  const test = await getPostTest(slug, viewer);
  if (!test) notFound();
  const { activity, eligibility } = test;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-12">
      <CmeTestHeader slug={activity.slug} activityTitle={activity.title} title="Post-test" />
      {test.certificateCode ? (
        <div role="status" className="mt-6 rounded-md border border-emerald-300 bg-emerald-50 p-4 text-emerald-950">
          <p className="font-semibold">You have already passed this post-test.</p>
          <p className="mt-1">
            <Link href={`/cme/${activity.slug}/evaluation`} className="link">Go to the evaluation and your certificate</Link>. You may take the test again
            for practice; it does not issue another certificate.
          </p>
        </div>
      ) : null}
      {eligibility.ok ? (
        <>
          <p className="mt-6 text-slate-700">
            Answer all {test.questions.length} questions; choose one answer each. You pass with {activity.passMark} % or more. You have{' '}
            {activity.maxAttempts - test.attemptsInWindow} of {activity.maxAttempts} attempts left in any {activity.attemptWindowHours} hours.
          </p>
          {test.questions.length === 0 ? (
            <p className="mt-6 text-slate-700">This activity has no questions yet. Please come back later.</p>
          ) : (
            <PostTestForm slug={activity.slug} questions={test.questions} />
          )}
        </>
      ) : (
        <TestRefusal refusal={eligibility} slug={activity.slug} expiryDate={activity.expiryDate} email={viewer.email} />
      )}
    </div>
  );
}
