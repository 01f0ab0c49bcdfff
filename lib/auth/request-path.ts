import 'server-only';
import { headers } from 'next/headers';
import { safeCallbackPath } from './callback-url';

/**
 * The path (and query) of the page being rendered, for "sign in and come back here": layouts
 * are not told their page's path, so middleware.ts passes it on in a request header. A client
 * could send that header itself on a path the middleware does not run on, so it is judged
 * like any callbackUrl: our own paths or `fallback`.
 */
export async function currentRequestPath(fallback: string): Promise<string> {
  const path = safeCallbackPath((await headers()).get('x-request-path'));
  return path === '/' ? fallback : path;
}
