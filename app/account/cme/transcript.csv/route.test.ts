import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession, findViewerBySessionToken } from '@/lib/auth/sessions';
import { insertActivity, insertCertificate, insertDoctor } from '@/lib/cme/test-helpers';
import { testDatabase } from '@/lib/db/test/database';
import { GET } from './route';

/* As in the data export's test: the request's session token is set here, the viewer read from the sessions table. */
const signedIn = vi.hoisted(() => ({ token: null as string | null }));
vi.mock('@/lib/auth/session', () => ({
  getViewer: async () => (signedIn.token ? findViewerBySessionToken(signedIn.token) : null),
}));

const { db } = testDatabase('migrated', 'cme_transcript_csv');

let token = '';
let code = '';

beforeAll(async () => {
  const doctor = await insertDoctor(db, { email: 'csv@example.org', name: '=cmd|"/c calc"!A1', registrationNumber: '+91-REG', registrationCouncil: 'Delhi Medical Council' });
  const other = await insertDoctor(db, { email: 'csv-other@example.org', name: 'Other Doctor' });
  token = await createSession(db, doctor.id, { userAgent: null, ip: '203.0.113.9' });
  const activity = await insertActivity(db, { title: '@SUM(1+1)*cmd', credits: '1.50' });
  ({ code } = await insertCertificate(db, doctor.id, activity, { issuedAt: new Date('2026-04-05T10:00:00Z') }));
  await insertCertificate(db, other.id, await insertActivity(db, { title: 'Not yours' }));
});

describe('GET /account/cme/transcript.csv', () => {
  it('answers 401 with no data to an anonymous request', async () => {
    signedIn.token = null;
    const response = await GET();
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.text()).not.toContain('HDC-');
  });

  it('downloads the signed-in doctor’s rows only, as an attachment, formulas neutralised', async () => {
    signedIn.token = token;
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="cme-transcript-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const csv = (await response.text()).replace(/^\uFEFF/, '');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Holder,Registration number,Council,Activity,Credits,Date of issue,Verification code,Verification address');
    expect(lines[1]).toMatch(new RegExp(`^"'=cmd\\|""/c calc""!A1",'\\+91-REG,Delhi Medical Council,'@SUM\\(1\\+1\\)\\*cmd,1\\.50,2026-04-05,${code},https?://\\S+/cme/verify/${code}$`));
    expect(lines.slice(2)).toEqual(['']);
    expect(csv).not.toContain('Not yours');
  });
});
