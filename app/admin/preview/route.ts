import { authorizeStaffRequest } from '@/lib/admin/auth';
import { renderMarkdown } from '@/lib/content/markdown';
import { siteUrl } from '@/lib/env';
import { MAX_FIELD_LENGTH } from '@/lib/forms';

/**
 * The markdown editor's live preview: the body as the public page renders it, through the
 * same renderer and sanitizer (lib/content/markdown.ts), for staff only. POST, the text as the
 * body; answers `{ html }`.
 */
export async function POST(request: Request): Promise<Response> {
  const viewer = await authorizeStaffRequest('posts.draft');
  if (viewer instanceof Response) return viewer;
  const text = await request.text();
  if (text.length > MAX_FIELD_LENGTH) return Response.json({ error: 'The text is too long to preview.' }, { status: 413 });
  const { html } = renderMarkdown(text, { siteOrigin: siteUrl() });
  return Response.json({ html }, { headers: { 'Cache-Control': 'private, no-store' } });
}
