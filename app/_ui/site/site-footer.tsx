import Link from 'next/link';
import { companyName } from '@/lib/site';

const separator = (
  <span aria-hidden="true" className="px-1 text-slate-500">
    |
  </span>
);

/**
 * The seed page's footer, word for word. The short link texts ("LLP", "Inc.") get fuller
 * accessible names that start with the visible word, so speech input ("click LLP") still
 * matches while a screen reader's links list says which document each one opens.
 */
export function SiteFooter() {
  // Computed at render: cached pages pick up a new year when they next revalidate.
  const year = new Date().getFullYear();
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-8 text-sm text-slate-700 sm:px-6">
        <p>
          © Copyright {year} {companyName}
        </p>
        <nav aria-label="Legal">
          <p className="leading-7">
            Terms &amp; Conditions -{' '}
            <Link href="/legal/terms/llp" aria-label="LLP Terms & Conditions" className="footer-link">
              LLP
            </Link>{' '}
            {separator}{' '}
            <Link href="/legal/terms/inc" aria-label="Inc. Terms & Conditions" className="footer-link">
              Inc.
            </Link>{' '}
            {separator} Privacy Policy -{' '}
            <Link href="/legal/privacy/llp" aria-label="LLP Privacy Policy" className="footer-link">
              LLP
            </Link>{' '}
            {separator}{' '}
            <Link href="/legal/privacy/inc" aria-label="Inc. Privacy Policy" className="footer-link">
              Inc.
            </Link>{' '}
            {separator}{' '}
            <Link href="/account-deactivation" className="footer-link">
              Account Deactivation
            </Link>
          </p>
        </nav>
      </div>
    </footer>
  );
}
