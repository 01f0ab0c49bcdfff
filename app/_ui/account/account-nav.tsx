'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The account's own pages. */
const ACCOUNT_PAGES = [
  { href: '/account', label: 'Profile' },
  { href: '/account/security', label: 'Security' },
  { href: '/account/cme', label: 'CME' },
  { href: '/account/bookmarks', label: 'Bookmarks' },
  { href: '/account/data', label: 'Your data' },
  { href: '/account/deactivate', label: 'Deactivate' },
] as const;

export function AccountNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Your account" className="md:w-52 md:shrink-0">
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {ACCOUNT_PAGES.map((page) => (
          <li key={page.href}>
            <Link
              href={page.href}
              aria-current={pathname === page.href ? 'page' : undefined}
              className="block rounded-md px-3 py-2 font-medium text-slate-800 hover:bg-brand-50 hover:text-brand-900 aria-[current]:bg-brand-50 aria-[current]:font-semibold aria-[current]:text-brand-900"
            >
              {page.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
