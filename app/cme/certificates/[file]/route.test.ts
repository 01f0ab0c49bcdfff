import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession, findViewerBySessionToken } from '@/lib/auth/sessions';
import { testDatabase } from '@/lib/db/test/database';
import { insertActivity, insertCertificate, insertDoctor, readPdf } from '@/lib/cme/test-helpers';
import { GET } from './route';

/*
 * The certificate PDF route on a database of its own. As in the data export's test, the
 * request's session token is set here and the viewer is looked up in the real sessions table.
 */
const signedIn = vi.hoisted(() => ({ token: null as string | null }));
vi.mock('@/lib/auth/session', () => ({
  getViewer: async () => (signedIn.token ? findViewerBySessionToken(signedIn.token) : null),
}));

const { db } = testDatabase('migrated', 'cme_certificate_pdf');

let ownerToken = '';
let strangerToken = '';
let code = '';
let pendingCode = '';
let pendingSlug = '';

beforeAll(async () => {
  const owner = await insertDoctor(db, { email: 'pdf-owner@example.org', name: 'डॉ. अनन्या शर्मा', registrationNumber: 'MMC-42' });
  const stranger = await insertDoctor(db, { email: 'pdf-stranger@example.org' });
  ownerToken = await createSession(db, owner.id, { userAgent: null, ip: '203.0.113.1' });
  strangerToken = await createSession(db, stranger.id, { userAgent: null, ip: '203.0.113.2' });
  ({ code } = await insertCertificate(db, owner.id, await insertActivity(db, { title: 'Lorlatinib in ALK-positive NSCLC' })));
  const pending = await insertActivity(db);
  pendingSlug = pending.slug;
  ({ code: pendingCode } = await insertCertificate(db, owner.id, pending, { evaluated: false }));
});

function get(file: string) {
  return GET(new Request(`http://localhost/cme/certificates/${file}`), { params: Promise.resolve({ file }) });
}

describe('GET /cme/certificates/<code>.pdf', () => {
  it('gives the owner the PDF, inline and never cached, holding the name and the code', async () => {
    signedIn.token = ownerToken;
    const response = await get(`${code}.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`inline; filename="hidoc-cme-${code}.pdf"`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const pdf = await readPdf(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.text).toContain(code);
    expect(pdf.text).toContain('Lorlatinib in ALK-positive NSCLC');
    expect(pdf.text).toContain('MMC-42');
  });

  it('sends the owner to the evaluation before the certificate', async () => {
    signedIn.token = ownerToken;
    const response = await get(`${pendingCode}.pdf`);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/cme/${pendingSlug}/evaluation`);
  });

  it('answers the same 404 to another doctor, to an anonymous visitor, for an unknown code and a malformed address', async () => {
    const answers: Array<[string, string | null, string]> = [
      ['another doctor', strangerToken, `${code}.pdf`],
      ['another doctor, unevaluated', strangerToken, `${pendingCode}.pdf`],
      ['anonymous', null, `${code}.pdf`],
      ['unknown code', ownerToken, 'HDC-ZZZZ-ZZZZ-ZZZZ-ZZZZ.pdf'],
      ['malformed', ownerToken, 'not-a-code.pdf'],
      ['no .pdf', ownerToken, code],
    ];
    const bodies = new Set<string>();
    for (const [who, token, file] of answers) {
      signedIn.token = token;
      const response = await get(file);
      expect(response.status, who).toBe(404);
      expect(response.headers.get('content-type'), who).not.toBe('application/pdf');
      bodies.add(await response.text());
    }
    expect(bodies.size).toBe(1);
  });
});
