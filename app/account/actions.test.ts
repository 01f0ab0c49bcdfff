import { describe, expect, it, vi } from 'vitest';
import { resendVerificationLink } from '@/app/_ui/account/verify-banner-action';
import { testDatabase } from '@/lib/db/test/database';
import { saveProfile } from './actions';

vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).signedOutRequest('192.0.2.71'));

// Server actions are public endpoints: the signed-in ones authorize themselves.
testDatabase('shared');

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe('the signed-in account actions, called without a session', () => {
  it('send the caller to sign in instead of saving a profile or mailing a link', async () => {
    const profile = form({ name: 'Intruder', profession: 'nurse', country: 'IN' });
    await expect(saveProfile({ status: 'idle' }, profile)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*;\/login;/) });
    await expect(resendVerificationLink({ status: 'idle' }, form({}))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*;\/login;/) });
  });
});
