import { addBookmark, BookmarkTarget, isBookmarked, removeBookmark } from '@/lib/accounts/bookmarks';
import { getViewer } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { isSameOriginRequest } from '@/lib/security/same-origin';
import { readBodyText } from '@/lib/security/request-body';

/*
 * The bookmark button's endpoint, so content pages stay cached: the page renders the same
 * for everyone and the button asks here after load.
 *   GET    ?kind=news&slug=…  → { signedIn, bookmarked } (200 for anonymous readers too: the
 *                               button then offers "Sign in to bookmark")
 *   POST   {"kind", "slug"}   → 200 { bookmarked: true }   (401 anonymous, 404 not published)
 *   DELETE {"kind", "slug"}   → 200 { bookmarked: false }
 * Every answer is private and never stored; POST and DELETE refuse another site's Origin.
 */

const PRIVATE = { 'Cache-Control': 'private, no-store' };
const MAX_BODY_BYTES = 1024;

const answer = (body: unknown, status = 200) => Response.json(body, { status, headers: PRIVATE });

export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const target = BookmarkTarget.safeParse({ kind: params.get('kind'), slug: params.get('slug') });
  if (!target.success) return answer({ error: 'Expected ?kind=condition|news|article|event|video&slug=a-slug.' }, 400);
  const viewer = await getViewer();
  if (!viewer) return answer({ signedIn: false, bookmarked: false });
  return answer({ signedIn: true, bookmarked: await isBookmarked(viewer.id, target.data) });
}

export function POST(request: Request): Promise<Response> {
  return change(request, 'add');
}

export function DELETE(request: Request): Promise<Response> {
  return change(request, 'remove');
}

async function change(request: Request, what: 'add' | 'remove'): Promise<Response> {
  if (!isSameOriginRequest(request.headers)) return answer({ error: 'Bookmarks change only from this site’s pages.' }, 403);
  const viewer = await getViewer();
  if (!viewer) return answer({ error: 'Sign in to bookmark.' }, 401);
  // A signed-in change waits, as every signed-in action does, for a new legal version to be accepted.
  if (viewer.hasPendingLegal) return answer({ error: 'Please accept the updated terms first.', acceptAt: '/legal/accept' }, 403);
  const target = BookmarkTarget.safeParse(await readJson(request));
  if (!target.success) return answer({ error: 'Send {"kind": "news", "slug": "a-slug"} as JSON.' }, 400);
  try {
    if (what === 'add') await addBookmark(viewer.id, target.data);
    else await removeBookmark(viewer.id, target.data);
  } catch (error) {
    if (isAppError(error)) return answer({ error: error.publicMessage }, error.status);
    throw error;
  }
  return answer({ bookmarked: what === 'add' });
}

/** The body as JSON, or undefined when it is not JSON or longer than a bookmark could be. */
async function readJson(request: Request): Promise<unknown> {
  // Read no further than a bookmark could be: a chunked 10 MB body is cut off, not buffered.
  const text = await readBodyText(request, MAX_BODY_BYTES);
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
