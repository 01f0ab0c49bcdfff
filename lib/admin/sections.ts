import type { Role } from '@/lib/auth/roles';
import { can, type Capability } from './policy';

/** The admin area's sections, in the navigation's order, with what each asks for. */
export const ADMIN_SECTIONS: ReadonlyArray<{ href: string; label: string; capability: Capability }> = [
  { href: '/admin', label: 'Dashboard', capability: 'admin.enter' },
  { href: '/admin/posts', label: 'Posts', capability: 'posts.draft' },
  { href: '/admin/events', label: 'Events', capability: 'events.manage' },
  { href: '/admin/videos', label: 'Videos', capability: 'videos.manage' },
  { href: '/admin/cme', label: 'CME', capability: 'cme.manage' },
  { href: '/admin/legal', label: 'Legal documents', capability: 'legal.manage' },
  { href: '/admin/users', label: 'Users', capability: 'users.manage' },
  { href: '/admin/audit', label: 'Audit log', capability: 'audit.read' },
  { href: '/admin/outbox', label: 'Mail outbox', capability: 'outbox.read' },
];

/** The sections a role opens. */
export function sectionsFor(role: Role) {
  return ADMIN_SECTIONS.filter((section) => can(role, section.capability)).map(({ href, label }) => ({ href, label }));
}
