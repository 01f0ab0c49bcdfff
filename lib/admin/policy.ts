import { hasRole, type Role } from '@/lib/auth/roles';

/*
 * Who may do what under /admin: one table, read by every page, server action and route handler
 * there (through lib/admin/auth.ts and lib/admin/actions.ts) and by the role-matrix test.
 * Roles include the ones before them (member < author < editor < admin, DESIGN.md).
 */
export const CAPABILITIES = {
  /** The dashboard and the admin area at all. */
  'admin.enter': 'author',
  /** Create posts, edit one's own drafts, submit them for review; upload cover images. */
  'posts.draft': 'author',
  /** Edit any post; schedule, publish, unpublish, archive; send a draft back. */
  'posts.publish': 'editor',
  'events.manage': 'editor',
  'videos.manage': 'editor',
  'cme.manage': 'editor',
  'legal.manage': 'editor',
  /** Users, their roles and status; the audit log; the mail outbox. */
  'users.manage': 'admin',
  'audit.read': 'admin',
  'outbox.read': 'admin',
} as const satisfies Record<string, Role>;

export type Capability = keyof typeof CAPABILITIES;

export function can(role: Role, capability: Capability): boolean {
  return hasRole(role, CAPABILITIES[capability]);
}

/**
 * A post's editor: an editor or admin may edit any post; an author only their own, and only
 * while it is a draft (once submitted for review it is still a draft, and still theirs).
 */
export function canEditPost(viewer: { id: number; role: Role }, post: { authorId: number | null; status: string }): boolean {
  if (can(viewer.role, 'posts.publish')) return true;
  return can(viewer.role, 'posts.draft') && post.authorId === viewer.id && post.status === 'draft';
}
