import 'server-only';
import { formatDate } from '@/lib/content/format';
import { postSections } from '@/lib/content/paths';
import { escapeHtml } from '@/lib/security/html';
import type { StaffPostListItem } from './posts';

export const POST_STATUS_LABELS: Record<string, string> = { draft: 'Draft', scheduled: 'Scheduled', published: 'Published', archived: 'Archived' };

/**
 * The rows of the staff post list as HTML, every value escaped. An editor opens this list many
 * times a day, and as React elements its rows (nine elements each, twenty to a page) were a
 * quarter of the page's server time: React serializes every element into the page's payload,
 * reads it back and renders it. As one string they cost a string. The rows hold no component
 * and nothing interactive; the table's own classes (app/admin/posts/page.tsx) style them, and a
 * title opens its post with an ordinary link.
 */
export function postRowsHtml(items: readonly StaffPostListItem[]): string {
  return items.map(postRowHtml).join('');
}

function postRowHtml(post: StaffPostListItem): string {
  const cell = (text: string) => `<td>${escapeHtml(text)}</td>`;
  const awaiting = post.status === 'draft' && post.reviewRequestedAt ? '<span>Awaiting review</span>' : '';
  return [
    `<tr><th scope="row"><a href="/admin/posts/${Number(post.id)}">${escapeHtml(post.title)}</a></th>`,
    cell(postSections[post.kind].singular),
    `<td>${escapeHtml(POST_STATUS_LABELS[post.status] ?? post.status)}${awaiting}</td>`,
    cell(post.authorName ?? '—'),
    cell(post.specialtyName ?? '—'),
    cell(formatDate(post.updatedAt)),
    '</tr>',
  ].join('');
}
