import { SpecialtyIndexPage, specialtyIndexMetadata } from '@/app/(site)/_routes/specialty-page';

export const revalidate = 300;

export const metadata = specialtyIndexMetadata;

export default function Page() {
  return <SpecialtyIndexPage />;
}
