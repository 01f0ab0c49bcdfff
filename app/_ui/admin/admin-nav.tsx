'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export type AdminNavItem = { href: string; label: string };

/** The admin area's sections that the viewer's role opens (the layout decides which). */
export function AdminNav({ items }: { items: AdminNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="md:w-52 md:shrink-0">
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {items.map((item) => {
          const isCurrent = item.href === '/admin' ? pathname === '/admin' : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent ? 'page' : undefined}
                className="block rounded-md px-3 py-2 font-medium text-slate-800 hover:bg-brand-50 hover:text-brand-900 aria-[current]:bg-brand-50 aria-[current]:font-semibold aria-[current]:text-brand-900"
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
