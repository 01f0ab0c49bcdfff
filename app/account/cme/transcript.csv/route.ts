import { getViewer } from '@/lib/auth/session';
import { buildTranscriptCsv } from '@/lib/cme/transcript';

/*
 * GET /account/cme/transcript.csv: the signed-in doctor's CME transcript as a spreadsheet.
 * A route handler authorizes itself (middleware is never the only gate): no viewer, a 401.
 */

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export async function GET(): Promise<Response> {
  const viewer = await getViewer();
  const csv = viewer ? await buildTranscriptCsv(viewer.id) : null;
  if (csv === null) return new Response('Sign in to download your CME transcript.', { status: 401, headers: { ...PRIVATE, 'Content-Type': 'text/plain; charset=utf-8' } });
  const day = new Date().toISOString().slice(0, 10);
  // A byte order mark, so that spreadsheet programs read the names' accents and scripts as UTF-8.
  return new Response(`\uFEFF${csv}`, {
    headers: {
      ...PRIVATE,
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="cme-transcript-${day}.csv"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
