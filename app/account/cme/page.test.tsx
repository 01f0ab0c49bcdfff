import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { createSession, findViewerBySessionToken } from '@/lib/auth/sessions';
import { insertActivity, insertCertificate, insertDoctor } from '@/lib/cme/test-helpers';
import { testDatabase } from '@/lib/db/test/database';
import CmeTranscriptPage from './page';

/* The request's session token is set here; the viewer is read from the real sessions table. */
const signedIn = vi.hoisted(() => ({ token: null as string | null }));
vi.mock('@/lib/auth/session', () => ({
  requireUser: async () => {
    const viewer = signedIn.token ? await findViewerBySessionToken(signedIn.token) : null;
    if (!viewer) throw new Error('NEXT_REDIRECT /login');
    return viewer;
  },
}));

const { db } = testDatabase('migrated', 'cme_transcript_page');

async function render(): Promise<string> {
  return renderToStaticMarkup(await CmeTranscriptPage());
}

describe('/account/cme', () => {
  it('sends an anonymous visitor to sign in, showing nothing', async () => {
    signedIn.token = null;
    await expect(render()).rejects.toThrow('NEXT_REDIRECT');
  });

  it('shows an empty state that leads to the activities', async () => {
    const doctor = await insertDoctor(db, { email: 'empty-transcript@example.org' });
    signedIn.token = await createSession(db, doctor.id, { userAgent: null, ip: null });
    const html = await render();
    expect(html).toContain('No CME credits yet.');
    expect(html).toContain('href="/cme"');
    expect(html).not.toContain('transcript.csv');
  });

  it('lists each certificate with its PDF, or the evaluation still to do, and the credits per year', async () => {
    const doctor = await insertDoctor(db, { email: 'full-transcript@example.org' });
    signedIn.token = await createSession(db, doctor.id, { userAgent: null, ip: null });
    const done = await insertActivity(db, { title: 'Lorlatinib first line', credits: '1.50' });
    const pending = await insertActivity(db, { title: 'CNS disease sequencing', credits: '0.75' });
    const certificate = await insertCertificate(db, doctor.id, done, { issuedAt: new Date('2026-02-03T10:00:00Z') });
    await insertCertificate(db, doctor.id, pending, { issuedAt: new Date('2026-03-04T10:00:00Z'), evaluated: false });
    const html = await render();
    expect(html).toContain('<caption');
    expect(html).toContain(`href="/cme/certificates/${certificate.code}.pdf"`);
    expect(html).toContain(`href="/cme/${pending.slug}/evaluation"`);
    expect(html).toContain('Complete the evaluation');
    expect(html).toMatch(/2026<\/span><span[^>]*>2.25 credits/);
    expect(html).toContain('3 February 2026');
    expect(html).toContain('href="/account/cme/transcript.csv"');
  });
});
