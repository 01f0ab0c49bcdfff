import type { Metadata } from 'next';
import { getCmeTeaser } from '@/lib/cme/activities';
import type { CmeTeaser } from '@/lib/cme/types';
import { siteName } from '@/lib/site';
import { cmeActivityPath } from '@/app/_ui/cme/paths';

export type ActivityParams = { params: Promise<{ slug: string }> };

/**
 * An activity's title, description and Open Graph tags, for the teaser and the private view
 * alike: from the teaser's fields only (title and summary), never the body or the video.
 */
export async function cmeActivityMetadata({ params }: ActivityParams, options: { isPrivate: boolean }): Promise<Metadata> {
  return activityMetadata(await getCmeTeaser((await params).slug), options);
}

/** The same from a teaser already read (the private view reads it with the content). */
export function activityMetadata(teaser: Pick<CmeTeaser, 'slug' | 'title' | 'summary'> | null, options: { isPrivate: boolean }): Metadata {
  if (!teaser) return { title: 'Page not found', robots: { index: false } };
  const path = cmeActivityPath(teaser.slug);
  return {
    title: teaser.title,
    description: teaser.summary,
    alternates: { canonical: path },
    robots: options.isPrivate ? { index: false, follow: false } : undefined,
    openGraph: { type: 'website', title: teaser.title, description: teaser.summary, url: path, siteName, locale: 'en_GB' },
    twitter: { card: 'summary' },
  };
}
