import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getViewer } from '@/lib/auth/session';
import { getCmeContent, getCmeTeaser } from '@/lib/cme/activities';
import { CmeFullView, CmeTeaserView } from '@/app/_ui/cme/cme-activity';
import { cmeActivityMetadata, type ActivityParams } from '@/app/(site)/cme/_routes/activity';

/*
 * The private view of /cme/<slug>: middleware.ts rewrites a GET that carries a session cookie
 * here, and it may be asked for directly too, so it decides for itself. The session is looked
 * up (getViewer: the session row, an active account) and the content is only what
 * getCmeContent, through canReadCmeContent, gives; anyone else (a forged, stale or signed-out
 * cookie, a deactivated account) gets exactly the teaser, never a redirect.
 */

// Per request and private (Cache-Control: private, no-store): it shows one reader's progress.
export const dynamic = 'force-dynamic';

export function generateMetadata(props: ActivityParams): Promise<Metadata> {
  return cmeActivityMetadata(props, { isPrivate: true });
}

export default async function CmeReaderPage({ params }: ActivityParams) {
  const { slug } = await params;
  const viewer = await getViewer();
  const full = viewer ? await getCmeContent(slug, viewer) : null;
  if (full) return <CmeFullView content={full.content} progress={full.progress} isEmailVerified={viewer!.isEmailVerified} />;
  const teaser = await getCmeTeaser(slug);
  if (!teaser) notFound();
  return <CmeTeaserView teaser={teaser} />;
}
