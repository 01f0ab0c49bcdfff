import { buildAccountExport } from '@/lib/accounts/export';
import { getViewer } from '@/lib/auth/session';

/*
 * GET /account/data/export: the signed-in user's data as a JSON download. A route handler
 * authorizes itself (middleware is never the only gate): no viewer, a 401.
 */

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export async function GET(): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: 'Sign in to download your data.' }, { status: 401, headers: PRIVATE });
  const data = await buildAccountExport(viewer.id);
  if (!data) return Response.json({ error: 'Sign in to download your data.' }, { status: 401, headers: PRIVATE });
  const day = data.exportedAt.toISOString().slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...PRIVATE,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="your-data-${day}.json"`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
