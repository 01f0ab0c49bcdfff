'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { submitEvaluation } from '@/lib/cme/evaluation';
import { getPostTest, submitAttempt } from '@/lib/cme/post-test';
import { EvaluationInput, PostTestInput, unansweredFieldErrors } from '@/lib/cme/schemas';
import { action } from '@/lib/forms';
import { clientAddress } from '@/lib/security/client-address';
import { refusalMessage } from './format';

/**
 * The post-test's submit: every question must have an answer (a message beside each one left
 * out, the chosen answers kept); then the server scores it (lib/cme/post-test.ts) and the
 * reader goes to the result. A refusal (limit reached meanwhile, expired, unverified) is the
 * form's message.
 */
export const submitPostTest = action(PostTestInput, { auth: 'user' }, async ({ slug, answers }, { viewer, values }) => {
  const test = await getPostTest(slug, viewer);
  if (!test) return { status: 'error', message: 'This activity is no longer available.', values };
  if (!test.eligibility.ok) return { status: 'error', message: refusalMessage(test.eligibility, test.activity.expiryDate), values };
  const fieldErrors = unansweredFieldErrors(
    test.questions.map((q) => q.id),
    answers,
  );
  const missing = Object.keys(fieldErrors).length;
  if (missing > 0) {
    return {
      status: 'error',
      message: missing === 1 ? 'One question has no answer yet: choose one below.' : `${missing} questions have no answer yet: choose one for each below.`,
      fieldErrors,
      values,
    };
  }
  const outcome = await submitAttempt(viewer, slug, answers, { ip: clientAddress(await headers()) });
  if (!outcome) return { status: 'error', message: 'This activity is no longer available.', values };
  if (!outcome.ok) return { status: 'error', message: refusalMessage(outcome, test.activity.expiryDate), values };
  redirect(`/cme/${encodeURIComponent(slug)}/results/${outcome.attemptId}`);
});

/** The evaluation after a pass: stored once; then the page shows the certificate's links. */
export const submitCmeEvaluation = action(EvaluationInput, { auth: 'user' }, async ({ slug, ...input }, { viewer, values }) => {
  const outcome = await submitEvaluation(viewer, slug, input, { ip: clientAddress(await headers()) });
  if (!outcome) return { status: 'error', message: 'This activity is no longer available.', values };
  if (outcome.outcome === 'not_passed') return { status: 'error', message: 'Pass the post-test first: the evaluation follows a pass.', values };
  redirect(`/cme/${encodeURIComponent(slug)}/evaluation`);
});
