import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { testDatabase } from '@/lib/db/test/database';
import { register } from './actions';

vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).signedOutRequest('192.0.2.72'));

/*
 * Bad input reaches the sign-up action as a browser (or a script) sends it: every case is a
 * message beside its field, the typed values come back but the password, and nothing is
 * created. (A valid sign-up needs a request's headers: lib/accounts/register.test.ts and the
 * e2e suite cover it.)
 */
const { db } = testDatabase('shared');

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const valid = {
  name: 'Asha Menon',
  email: 'asha.action@example.org',
  password: 'marigold harbour quartz 58',
  profession: 'doctor',
  specialty: 'oncology',
  registrationNumber: 'KMC-1',
  registrationCouncil: 'Kerala Medical Council',
  country: 'IN',
  acceptTerms: 'on',
};

async function userCount() {
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from users`);
  return row!.n;
}

describe('the sign-up action with bad input', () => {
  it('answers each case with a message beside the field and keeps the values but the password', async () => {
    const before = await userCount();
    const cases: Array<[Record<string, string>, string, RegExp]> = [
      [{ ...valid, registrationNumber: '' }, 'registrationNumber', /registration number/],
      [{ ...valid, email: 'not an address' }, 'email', /valid email/],
      [{ ...valid, email: 'asha\u0000@example.org' }, 'email', /valid email/],
      [{ ...valid, name: 'n'.repeat(10_000) }, 'name', /at most 120/],
      [{ ...valid, country: 'Atlantis' }, 'country', /from the list/],
      [{ ...valid, profession: '' }, 'profession', /Choose your profession/],
    ];
    for (const [fields, field, message] of cases) {
      const answer = await register({ status: 'idle' }, form(fields));
      expect(answer.status, field).toBe('error');
      expect(answer.fieldErrors?.[field]?.[0], field).toMatch(message);
      expect(answer.values?.name, field).toBe(fields.name);
      expect(answer.values?.email, field).toBe(fields.email);
      expect(answer.values, field).not.toHaveProperty('password');
    }
    expect(await userCount()).toBe(before);
  });

  it('refuses an oversized field or a file with a message for the form, not an exception', async () => {
    const huge = await register({ status: 'idle' }, form({ ...valid, name: 'x'.repeat(30_000) }));
    expect(huge).toEqual({ status: 'error', message: expect.stringMatching(/could not be read/) });
    const withFile = form(valid);
    withFile.append('upload', new Blob(['x']), 'x.txt');
    expect((await register({ status: 'idle' }, withFile)).status).toBe('error');
  });
});
