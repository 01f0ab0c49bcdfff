'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import type { NavItem } from './nav-items';
import { UserMenu } from './user-menu';

/**
 * The header's navigation. At md and up it is a plain row of links; below md a button
 * shows and hides it. The only client code in the shell: it also marks the current
 * section, which needs the path, without making the shared layout dynamic.
 */
export function SiteNav({ items }: { items: readonly NavItem[] }) {
  const pathname = usePathname();
  // Remember where the menu was opened: moving to another page closes it by itself.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn !== null && openOn === pathname;
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      buttonRef.current?.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isOpen]);

  return (
    <nav aria-label="Main">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls="site-menu"
        onClick={() => setOpenOn(isOpen ? null : pathname)}
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-50 md:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 fill-current">
          {isOpen ? (
            <path d="M4.3 4.3a1 1 0 0 1 1.4 0L10 8.6l4.3-4.3a1 1 0 1 1 1.4 1.4L11.4 10l4.3 4.3a1 1 0 0 1-1.4 1.4L10 11.4l-4.3 4.3a1 1 0 0 1-1.4-1.4L8.6 10 4.3 5.7a1 1 0 0 1 0-1.4z" />
          ) : (
            <path d="M3 5h14a1 1 0 1 1 0 2H3a1 1 0 0 1 0-2zm0 4h14a1 1 0 1 1 0 2H3a1 1 0 1 1 0-2zm0 4h14a1 1 0 1 1 0 2H3a1 1 0 1 1 0-2z" />
          )}
        </svg>
        Menu
      </button>
      <ul
        id="site-menu"
        className={`${isOpen ? 'flex' : 'hidden'} absolute inset-x-0 top-full z-40 flex-col gap-1 border-b border-slate-200 bg-white px-4 pt-2 pb-4 shadow-md md:static md:flex md:flex-row md:flex-wrap md:items-center md:border-0 md:p-0 md:shadow-none`}
      >
        {items.map((item) => {
          const isHere = pathname === item.href;
          const isInSection = !isHere && pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isHere ? 'page' : isInSection ? 'true' : undefined}
                onClick={() => setOpenOn(null)}
                className="nav-link"
              >
                {item.label}
              </Link>
            </li>
          );
        })}
        <li>
          <UserMenu pathname={pathname} onNavigate={() => setOpenOn(null)} />
        </li>
      </ul>
    </nav>
  );
}
