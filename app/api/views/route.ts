import { isAutomatedAgent, isSpeculativeRequest } from '@/lib/content/bots';
import { recordView, ViewInput } from '@/lib/content/views';
import { clientAddress } from '@/lib/security/client-address';
import { readBodyText } from '@/lib/security/request-body';

/*
 * POST /api/views {kind, slug}: the view beacon of a post page. Answers 204 whether or not
 * the view was counted (a crawler, a prefetch, another site, an unknown post, an address
 * past its daily views of the post), so the answer tells a client nothing; 400 only for a
 * body that is not a view at all.
 */

const MAX_BODY_BYTES = 1024;

const noContent = () => new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });

const badRequest = (message: string) =>
  Response.json({ error: message }, { status: 400, headers: { 'Cache-Control': 'no-store' } });

export async function POST(request: Request): Promise<Response> {
  const headers = request.headers;
  if (isAutomatedAgent(headers.get('user-agent')) || isSpeculativeRequest(headers)) return noContent();
  // Browsers say where a request comes from; another site's page may not count views here.
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return noContent();

  const text = await readBodyText(request, MAX_BODY_BYTES);
  if (text === null) return badRequest(`Send a JSON body of at most ${MAX_BODY_BYTES} bytes.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return badRequest('Send a JSON body: {"kind": "news", "slug": "…"}.');
  }
  const input = ViewInput.safeParse(json);
  if (!input.success) return badRequest('Expected {"kind": "condition" | "news" | "article", "slug": "a-post-slug"}.');

  await recordView(input.data.kind, input.data.slug, { address: clientAddress(headers) });
  return noContent();
}

