export type NavItem = { href: string; label: string };

/** The header's sections, in the order of the seed page. */
export const mainNavItems: readonly NavItem[] = [
  { href: '/conditions', label: 'Conditions' },
  { href: '/news', label: 'News' },
  { href: '/articles', label: 'Articles' },
  { href: '/events', label: 'Events' },
  { href: '/videos', label: 'Videos' },
  { href: '/cme', label: 'CME' },
  { href: '/search', label: 'Search' },
  { href: '/login', label: 'Sign in' },
];
