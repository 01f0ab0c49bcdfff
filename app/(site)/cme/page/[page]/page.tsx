import type { Metadata } from 'next';
import { CmeListPage, cmeListMetadata, type CmeListRouteParams } from '@/app/(site)/cme/_routes/cme-list';

export const revalidate = 300;

// Made on first request, then cached like the first page.
export function generateStaticParams(): never[] {
  return [];
}

export function generateMetadata(props: CmeListRouteParams): Promise<Metadata> {
  return cmeListMetadata(false, props);
}

export default function Page(props: CmeListRouteParams) {
  return <CmeListPage archive={false} {...props} />;
}
