export type NavItem = { href: string; label: string };

/** The header's sections, in the order of the seed page; "Sign in" or the user's menu follows them (user-menu.tsx). */
export const mainNavItems: readonly NavItem[] = [
  { href: '/conditions', label: 'Conditions' },
  { href: '/news', label: 'News' },
  { href: '/articles', label: 'Articles' },
  { href: '/events', label: 'Events' },
  { href: '/videos', label: 'Videos' },
  { href: '/cme', label: 'CME' },
  { href: '/search', label: 'Search' },
];
