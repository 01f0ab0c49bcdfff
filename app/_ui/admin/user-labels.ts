import type { Role, UserStandingFilter } from '@/lib/admin/user-types';

export const ROLE_LABELS: Record<Role, string> = { member: 'Member', author: 'Author', editor: 'Editor', admin: 'Admin' };

export const STANDING_LABELS: Record<UserStandingFilter, string> = {
  active: 'Active',
  deactivated: 'Deactivated (grace period)',
  deleted: 'Deleted',
};
