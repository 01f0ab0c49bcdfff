import { describe, expect, it } from 'vitest';
import { postRowsHtml } from './post-rows';
import type { StaffPostListItem } from './posts';

const post = (overrides: Partial<StaffPostListItem> = {}): StaffPostListItem => ({
  id: 7,
  kind: 'condition',
  title: 'Calcinosis',
  slug: 'calcinosis',
  status: 'published',
  version: 3,
  authorName: 'Dr. Rao',
  specialtyName: 'Rheumatology',
  reviewRequestedAt: null,
  publishedAt: new Date('2026-11-01T10:00:00Z'),
  updatedAt: new Date('2026-11-02T10:00:00Z'),
  ...overrides,
});

describe('the staff post list rows', () => {
  it('shows each post as a row: its title linking to its editor, kind, status, author, specialty and last change', () => {
    const html = postRowsHtml([post(), post({ id: 8, kind: 'news', title: 'Second', status: 'draft', reviewRequestedAt: new Date(), authorName: null, specialtyName: null })]);
    const rows = html.split('</tr>').filter(Boolean);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toBe(
      '<tr><th scope="row"><a href="/admin/posts/7">Calcinosis</a></th><td>condition article</td><td>Published</td><td>Dr. Rao</td><td>Rheumatology</td><td>2 November 2026</td>',
    );
    expect(rows[1]).toContain('<td>news item</td><td>Draft<span>Awaiting review</span></td><td>—</td><td>—</td>');
  });

  it('keeps whatever a title, a name or a specialty holds as text: no markup, no attribute, no script', () => {
    const hostile = '<img src=x onerror=alert(1)> "quoted" & \'single\' </a><script>alert(2)</script>';
    const html = postRowsHtml([post({ title: hostile, authorName: `<b onmouseover="x">Mallory</b>`, specialtyName: '</td></tr><tr><td>forged' })]);
    // The only tags are the row's own.
    expect(new Set([...html.matchAll(/<\/?([a-z]+)/g)].map((tag) => tag[1]))).toEqual(new Set(['tr', 'th', 'a', 'td']));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; &#39;single&#39; &lt;/a&gt;&lt;script&gt;alert(2)&lt;/script&gt;</a>');
    expect(html.match(/<tr>/g)).toHaveLength(1);
    expect(html.match(/<td>/g)).toHaveLength(5);
  });
});
