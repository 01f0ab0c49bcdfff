import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getViewer, LEGAL_ACCEPT_PATH } from '@/lib/auth/session';
import { getCmeContent, getCmeTeaser } from '@/lib/cme/activities';
import { CmeFullView, CmeTeaserView } from '@/app/_ui/cme/cme-activity';
import { activityMetadata, type ActivityParams } from '@/app/(site)/cme/_routes/activity';

/*
 * An activity's address, rendered per request: middleware.ts rewrites a GET without a session
 * cookie to the cached teaser (./teaser), so what reaches this page is mostly a doctor's, but
 * it decides for itself. The session is looked up (getViewer: the session row, an active
 * account) and the content is only what getCmeContent, through canReadCmeContent, gives;
 * anyone else (a forged, stale or signed-out cookie, a deactivated account, a request that
 * got past middleware.ts) gets exactly the teaser, never a redirect.
 */

// Per request and private (Cache-Control: private, no-store): it shows one reader's progress.
export const dynamic = 'force-dynamic';

/** What this request may see, read once for the page and its metadata. */
const loadView = cache(async (slug: string) => {
  const viewer = await getViewer();
  // The signed-in view waits, like every signed-in page, for a new legal version to be accepted.
  if (viewer?.hasPendingLegal) redirect(LEGAL_ACCEPT_PATH);
  const full = viewer ? await getCmeContent(slug, viewer) : null;
  if (full && viewer) return { ...full, isEmailVerified: viewer.isEmailVerified };
  const teaser = await getCmeTeaser(slug);
  return teaser ? { teaser } : null;
});

export async function generateMetadata({ params }: ActivityParams): Promise<Metadata> {
  const view = await loadView((await params).slug);
  // Title and summary only, which the teaser shows too; never the body.
  return activityMetadata(view ? ('content' in view ? view.content : view.teaser) : null, { isPrivate: true });
}

export default async function CmeActivityPage({ params }: ActivityParams) {
  const view = await loadView((await params).slug);
  if (!view) notFound();
  if ('content' in view) return <CmeFullView content={view.content} progress={view.progress} isEmailVerified={view.isEmailVerified} />;
  return <CmeTeaserView teaser={view.teaser} />;
}
