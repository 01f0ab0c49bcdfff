import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCmeTeaser } from '@/lib/cme/activities';
import { CmeTeaserView } from '@/app/_ui/cme/cme-activity';
import { cmeActivityMetadata, type ActivityParams } from '@/app/(site)/cme/_routes/activity';

/*
 * The teaser: what anyone may see of an activity, a cached page like every public one, served
 * at the activity's address (middleware.ts rewrites a GET without a session cookie here). It
 * never reads the session: whatever reaches this page is served the same cached teaser. Its
 * canonical address is the activity's, not this one.
 */

export const revalidate = 300;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

export function generateMetadata(props: ActivityParams): Promise<Metadata> {
  return cmeActivityMetadata(props, { isPrivate: false });
}

export default async function CmeTeaserPage({ params }: ActivityParams) {
  const teaser = await getCmeTeaser((await params).slug);
  if (!teaser) notFound();
  return <CmeTeaserView teaser={teaser} />;
}
