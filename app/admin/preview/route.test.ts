import { beforeAll, describe, expect, it, vi } from 'vitest';
import { insertStaff } from '@/lib/admin/test-helpers';
import { renderMarkdown } from '@/lib/content/markdown';
import { testDatabase } from '@/lib/db/test/database';
import { useSession as signInAs } from '@/lib/db/test/next-request';
import { POST } from './route';

vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).switchableRequest);

/*
 * The markdown editor's preview and the public renderer: the same sanitizer, so a hostile body
 * is inert in both; and the preview is for staff only.
 */

const { db } = testDatabase('migrated', 'adm_posts_preview');

const HOSTILE = [
  'Intro paragraph.',
  '',
  '<script>alert("script")</script>',
  '',
  '[click me](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '',
  '<a href="javascript:alert(2)">raw link</a> <a href="data:text/html,<script>alert(3)</script>">raw data link</a>',
  '',
  '<img src="x" onerror="alert(4)"> ![img](x "t")',
  '',
  '<p onclick="alert(5)" onmouseover="alert(6)">handlers</p>',
  '',
  '<svg onload="alert(7)"><circle r="1"/></svg>',
  '',
  '<iframe src="https://evil.example/"></iframe>',
  '',
  '<IMG SRC=JaVaScRiPt:alert(8)> <a href="&#106;avascript:alert(9)">encoded</a>',
].join('\n');

/** Nothing in the HTML can run: no script, frame or svg element, no handler, no javascript:/data: address. */
function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<iframe/i);
  expect(html).not.toMatch(/<svg/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/(href|src)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
  expect(html).not.toMatch(/&#106;avascript/i);
  // The harmless text is still there.
  expect(html).toContain('Intro paragraph.');
}

function previewRequest(body: string) {
  return new Request('http://localhost/admin/preview', { method: 'POST', body, headers: { 'Content-Type': 'text/plain' } });
}

let author: Awaited<ReturnType<typeof insertStaff>>;
let member: Awaited<ReturnType<typeof insertStaff>>;

beforeAll(async () => {
  [author, member] = await Promise.all([insertStaff(db, 'author'), insertStaff(db, 'member')]);
});

describe('a hostile markdown body', () => {
  it('is inert in the preview', async () => {
    await signInAs(author.token);
    const response = await POST(previewRequest(HOSTILE));
    expect(response.status).toBe(200);
    const { html } = (await response.json()) as { html: string };
    expectInert(html);
  });

  it('is inert on the public renderer, the same HTML as the preview', async () => {
    const { html } = renderMarkdown(HOSTILE, { siteOrigin: 'http://localhost:3000' });
    expectInert(html);
    await signInAs(author.token);
    const preview = (await (await POST(previewRequest(HOSTILE))).json()) as { html: string };
    expect(preview.html).toBe(renderMarkdown(HOSTILE, { siteOrigin: (await import('@/lib/env')).siteUrl() }).html);
  });
});

describe('the preview route', () => {
  it('refuses an anonymous caller (401) and a member (403)', async () => {
    await signInAs(null);
    expect((await POST(previewRequest('hello'))).status).toBe(401);
    await signInAs(member.token);
    expect((await POST(previewRequest('hello'))).status).toBe(403);
  });
});
