import Link from 'next/link';
import { siteName } from '@/lib/site';
import { mainNavItems } from './nav-items';
import { SiteNav } from './site-nav';

export function SiteHeader() {
  return (
    <header className="relative border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-x-6 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 rounded text-xl font-bold tracking-tight text-brand-800">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-7 w-7 fill-brand-700">
            <path d="M9 2h6v7h7v6h-7v7H9v-7H2V9h7z" />
          </svg>
          <span>{siteName}</span>
        </Link>
        <SiteNav items={mainNavItems} />
      </div>
    </header>
  );
}
