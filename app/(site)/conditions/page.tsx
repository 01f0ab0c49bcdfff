import { PostIndexPage, postIndexMetadata } from '@/app/(site)/_routes/post-pages';

export const revalidate = 300;

export const metadata = postIndexMetadata('condition');

export default function Page() {
  return <PostIndexPage kind="condition" />;
}
