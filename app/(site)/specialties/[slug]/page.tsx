import type { Metadata } from 'next';
import { SpecialtyPage, specialtyMetadata, type SpecialtyParams } from '@/app/(site)/_routes/specialty-page';

export const revalidate = 300;

// Pages are made on first request and then cached, like the other detail pages.
export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

export function generateMetadata(props: SpecialtyParams): Promise<Metadata> {
  return specialtyMetadata(props);
}

export default function Page(props: SpecialtyParams) {
  return <SpecialtyPage {...props} />;
}
