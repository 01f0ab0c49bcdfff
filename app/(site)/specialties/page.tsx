import { SpecialtyIndexPage, specialtyIndexMetadata } from '@/app/_ui/content/specialty-page';

export const revalidate = 300;

export const metadata = specialtyIndexMetadata;

export default function Page() {
  return <SpecialtyIndexPage />;
}
