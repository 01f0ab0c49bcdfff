import { eq } from 'drizzle-orm';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { VERIFY_RATE } from '@/lib/cme/certificates';
import { insertActivity, insertCertificate, insertDoctor } from '@/lib/cme/test-helpers';
import { users } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import VerifyCodePage from './page';

/* The request's address, as the front cache would append it; no session cookie (anyone may check). */
const request = vi.hoisted(() => ({ address: '192.0.2.1' }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': request.address }),
  cookies: async () => ({ get: () => undefined, has: () => false, getAll: () => [] }),
}));

const { db } = testDatabase('migrated', 'cme_verify_page');

async function check(code: string, address: string): Promise<string> {
  request.address = address;
  const html = renderToStaticMarkup(await VerifyCodePage({ params: Promise.resolve({ code }) }));
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/&#x27;|&apos;/g, "'");
}

describe('/cme/verify/[code]', () => {
  it('shows whose certificate it is, for what, the credits and the date, from a code typed loosely', async () => {
    const doctor = await insertDoctor(db, { email: 'page-verify@example.org', name: 'Dr. Zoë Ñúñez', registrationNumber: 'NOT-SHOWN-7' });
    const activity = await insertActivity(db, { title: 'Thromboprophylaxis in medical inpatients', credits: '1.50' });
    const certificate = await insertCertificate(db, doctor.id, activity, { issuedAt: new Date('2026-11-02T09:00:00Z') });
    const text = await check(encodeURIComponent(certificate.code.toLowerCase()), '203.0.113.50');
    expect(text).toContain('This certificate is valid.');
    expect(text).toContain('Issued to Dr. Zoë Ñúñez');
    expect(text).toContain('Activity Thromboprophylaxis in medical inpatients');
    expect(text).toContain('Credits 1.5');
    expect(text).toContain('Date of issue 2 November 2026');
    expect(text).toContain(certificate.code);
    expect(text).not.toContain('NOT-SHOWN-7');
    expect(text).not.toContain('page-verify@example.org');
  });

  it('says "account deleted" without the name once the account is deleted', async () => {
    const doctor = await insertDoctor(db, { email: 'deleted-verify@example.org', name: 'Gone Doctor' });
    const certificate = await insertCertificate(db, doctor.id, await insertActivity(db));
    await db.update(users).set({ status: 'deleted', erasedAt: new Date() }).where(eq(users.id, doctor.id));
    const text = await check(certificate.code, '203.0.113.51');
    expect(text).toContain('Issued to Account deleted');
    expect(text).not.toContain('Gone Doctor');
  });

  it('says no certificate has an unknown code', async () => {
    expect(await check('HDC-ZZZZ-ZZZZ-ZZZZ-ZZZZ', '203.0.113.52')).toContain('No certificate has this code.');
  });

  it('refuses the 21st check from one network with when to try again, and still serves another', async () => {
    const doctor = await insertDoctor(db, { email: 'rate-page@example.org', name: 'Rate Limited' });
    const { code } = await insertCertificate(db, doctor.id, await insertActivity(db));
    for (let i = 0; i < VERIFY_RATE.limit; i++) expect(await check(code, '198.51.100.70')).toContain('This certificate is valid.');
    const refused = await check(code, '198.51.100.70');
    expect(refused).toMatch(/Too many checks from your network\. Try again at \d{2}:\d{2} UTC ?\./);
    expect(refused).not.toContain('Rate Limited');
    expect(await check(code, '198.51.100.71')).toContain('Issued to Rate Limited');
  });
});
