import { authorizeStaffRequest } from '@/lib/admin/auth';
import { maxUploadBytes, storeUploadedImage, tooLargeMessage } from '@/lib/admin/images';
import { readBodyBytes } from '@/lib/security/request-body';
import { isSameOriginRequest } from '@/lib/security/same-origin';

/** Room for the multipart form around the file (its boundaries and part headers). */
const FORM_OVERHEAD_BYTES = 16 * 1024;

/**
 * A cover image upload (app/_ui/admin/cover-image-field.tsx): a multipart form with one file,
 * `file`. Answers 201 (or 200 when the same file was uploaded before)
 * `{ id, width, height, variants: [{ name, width, height, url }] }`, or a 4xx `{ error }` to show
 * beside the field. What the file is comes from its bytes (lib/admin/images.ts).
 */
export async function POST(request: Request): Promise<Response> {
  const viewer = await authorizeStaffRequest('posts.draft');
  if (viewer instanceof Response) return viewer;
  if (!isSameOriginRequest(request.headers)) return answer({ error: 'Images are uploaded only from this site’s pages.' }, 403);

  const body = await readBodyBytes(request, maxUploadBytes() + FORM_OVERHEAD_BYTES);
  if (body === null) return answer({ error: tooLargeMessage() }, 413);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return answer({ error: 'Send the image as a form with one file named "file".' }, 400);
  }
  const file = form.get('file');
  if (!(file instanceof File)) return answer({ error: 'Choose an image to upload.' }, 400);

  const result = await storeUploadedImage({ bytes: Buffer.from(await file.arrayBuffer()), claimedName: file.name, claimedType: file.type }, viewer.id);
  if (!result.ok) return answer({ error: result.message }, result.status);
  const { id, width, height, variants } = result.image;
  return answer({ id, width, height, variants }, result.isNew ? 201 : 200);
}

function answer(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });
}
