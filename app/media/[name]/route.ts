import { readImageVariant } from '@/lib/content/images';

/**
 * A cover image's resized copy by its content-hashed name (lib/content/images.ts), for anyone.
 * The name changes whenever the picture does, so a browser and any cache keep it for a year.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }): Promise<Response> {
  const { name } = await params;
  const variant = await readImageVariant(name);
  if (!variant) {
    return new Response('Not found.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' } });
  }
  return new Response(new Uint8Array(variant.bytes), {
    headers: {
      'Content-Type': variant.contentType,
      // Readers never get this one: Next 16 drops Content-Length from every route handler's
      // Response, whatever its body (FORBIDDEN_HEADERS in next/dist/server/send-response.js), and
      // streams the body chunked after flushing the headers (pipe-readable.js). Kept for
      // whatever honours a Response's own headers (the tests; a later Next).
      'Content-Length': String(variant.bytes.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Disposition': 'inline',
    },
  });
}
