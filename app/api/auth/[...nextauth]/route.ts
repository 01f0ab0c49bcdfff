import NextAuth from 'next-auth';
import { NextRequest } from 'next/server';
import { authOptions } from '@/lib/auth/options';
import { readBodyText } from '@/lib/security/request-body';

/** A sign-in form is a few hundred bytes; next-auth itself reads any body whole. */
const MAX_BODY_BYTES = 16 * 1024;

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = NextAuth(authOptions());

export function GET(request: NextRequest, context: Context) {
  return handler(request, context);
}

/**
 * next-auth parses a JSON body with no guard (a malformed one is a 500) and any body at any
 * size. Our forms and scripts post URL-encoded fields: that is all this accepts, up to a size.
 */
export async function POST(request: NextRequest, context: Context) {
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) {
    return new Response('Send the fields as application/x-www-form-urlencoded.', { status: 415 });
  }
  const body = await readBodyText(request, MAX_BODY_BYTES);
  if (body === null) return new Response('Request body too large.', { status: 413 });
  return handler(new NextRequest(request.url, { method: 'POST', headers: request.headers, body }), context);
}

