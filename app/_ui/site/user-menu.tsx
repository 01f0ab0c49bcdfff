'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { signOut } from '@/app/_ui/auth/next-auth-client';

type Me = { name: string } | null;

/**
 * "Sign in", or the signed-in reader's menu (Account, Sign out). Public pages are cached for
 * everyone, so the server never renders who is signed in: this asks /api/me (private,
 * no-store) once the page is in the browser. Until it answers, "Sign in" shows.
 */
export function UserMenu({ pathname, onNavigate }: { pathname: string; onNavigate: () => void }) {
  const [me, setMe] = useState<Me>(null);
  const [isOpen, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const router = useRouter();

  useEffect(() => {
    let isCurrent = true;
    fetch('/api/me', { cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : null))
      .then((data: unknown) => {
        const name = (data as { name?: unknown } | null)?.name;
        if (isCurrent) setMe(typeof name === 'string' ? { name } : null);
      })
      .catch(() => {});
    return () => {
      isCurrent = false;
    };
  }, []);

  useEffect(() => {
    if (!isOpen) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isOpen]);

  const itemClass = 'nav-link w-full text-left';

  if (!me) {
    const isSignInPage = pathname === '/login';
    const href = isSignInPage || pathname === '/' ? '/login' : `/login?callbackUrl=${encodeURIComponent(pathname)}`;
    return (
      <Link href={href} aria-current={isSignInPage ? 'page' : undefined} onClick={onNavigate} className={itemClass}>
        Sign in
      </Link>
    );
  }

  async function onSignOut() {
    await signOut();
    setMe(null);
    setOpen(false);
    router.push('/login?notice=signed-out');
  }

  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls="user-menu"
        onClick={() => setOpen(!isOpen)}
        className={`${itemClass} inline-flex items-center gap-1`}
      >
        <span className="max-w-48 truncate">{me.name}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4z" />
        </svg>
      </button>
      <ul
        id="user-menu"
        className={`${isOpen ? 'block' : 'hidden'} z-50 mt-1 min-w-44 rounded-md border border-slate-200 bg-white p-1 shadow-md md:absolute md:right-0`}
      >
        <li>
          <Link
            href="/account"
            onClick={() => {
              setOpen(false);
              onNavigate();
            }}
            className={itemClass}
          >
            Account
          </Link>
        </li>
        <li>
          <button type="button" onClick={onSignOut} className={itemClass}>
            Sign out
          </button>
        </li>
      </ul>
    </div>
  );
}
