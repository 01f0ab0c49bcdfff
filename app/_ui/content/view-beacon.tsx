'use client';

import { useEffect, useRef } from 'react';
import type { PostKind } from '@/lib/content/types';

/**
 * Counts one view of a post page. It runs after the page has mounted in a browser, so a
 * prefetch (fetched, never mounted) or a crawler that does not run scripts never counts.
 * The beacon survives the reader leaving the page at once; fetch with keepalive is the
 * fallback where beacons are missing or refused.
 */
export function ViewBeacon({ kind, slug }: { kind: PostKind; slug: string }) {
  // React may run an effect twice in development; one page view sends once.
  const sentFor = useRef<string | null>(null);

  useEffect(() => {
    const key = `${kind}/${slug}`;
    if (sentFor.current === key) return;
    sentFor.current = key;
    const body = JSON.stringify({ kind, slug });
    try {
      if (navigator.sendBeacon?.('/api/views', new Blob([body], { type: 'application/json' }))) return;
    } catch {
      // Some browsers throw for a beacon they will not queue: fall through to fetch.
    }
    fetch('/api/views', {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json' },
      keepalive: true,
      credentials: 'omit',
    }).catch(() => {
      // A lost view is not worth telling the reader about.
    });
  }, [kind, slug]);

  return null;
}
