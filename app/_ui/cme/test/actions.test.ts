import { describe, expect, it, vi } from 'vitest';
import { testDatabase } from '@/lib/db/test/database';
import { submitCmeEvaluation, submitPostTest } from './actions';

vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).signedOutRequest('192.0.2.72'));

// Server actions are public endpoints: the post-test's and the evaluation's authorize themselves.
testDatabase('shared');

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe('the post-test and evaluation actions, called without a session', () => {
  it('send the caller to sign in instead of scoring an attempt or storing an evaluation', async () => {
    const login = { digest: expect.stringMatching(/^NEXT_REDIRECT;.*;\/login;/) };
    await expect(submitPostTest({ status: 'idle' }, form({ slug: 'thromboprophylaxis-in-medical-settings', q1: '1' }))).rejects.toMatchObject(login);
    const evaluation = form({ slug: 'thromboprophylaxis-in-medical-settings', isRelevant: 'yes', isFreeOfBias: 'yes', practiceChange: 'yes' });
    await expect(submitCmeEvaluation({ status: 'idle' }, evaluation)).rejects.toMatchObject(login);
  });
});
