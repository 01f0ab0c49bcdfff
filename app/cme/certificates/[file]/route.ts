import { getViewer } from '@/lib/auth/session';
import { renderCertificatePdf } from '@/lib/cme/certificate-pdf';
import { getOwnedCertificate } from '@/lib/cme/certificates';

/*
 * GET /cme/certificates/<CODE>.pdf: the certificate, for its owner only. Anyone else gets the
 * same 404 whether the code exists or not (anonymous, another doctor, a malformed address),
 * so the answer tells nothing about codes. The owner who has not filled in the evaluation
 * yet is sent to it first, as accredited CME requires.
 */

const PRIVATE = { 'Cache-Control': 'private, no-store' };

function notFound(): Response {
  return new Response('Not found.', { status: 404, headers: { ...PRIVATE, 'Content-Type': 'text/plain; charset=utf-8' } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const code = /^([A-Za-z0-9-]{1,40})\.pdf$/.exec(file)?.[1];
  if (!code) return notFound();
  const certificate = await getOwnedCertificate(await getViewer(), code);
  if (!certificate) return notFound();
  if (certificate.state === 'needs_evaluation') {
    return new Response(null, { status: 303, headers: { ...PRIVATE, Location: `/cme/${certificate.activitySlug}/evaluation` } });
  }
  const { view } = certificate;
  const pdf = await renderCertificatePdf(view);
  return new Response(pdf as BodyInit, {
    headers: {
      ...PRIVATE,
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="hidoc-cme-${view.code}.pdf"`,
      'Content-Length': String(pdf.byteLength),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
