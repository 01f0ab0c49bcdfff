import { getViewer } from '@/lib/auth/session';

/**
 * Who is signed in, for the header's menu on cached public pages, which never read the session
 * on the server: `{ "name": … }` or `null`. Only the name: the menu needs no more, and this
 * answer is the one thing about the user a public page's script can read.
 */
export async function GET() {
  const viewer = await getViewer();
  return Response.json(viewer ? { name: viewer.name } : null, { headers: { 'Cache-Control': 'private, no-store' } });
}
