import { PostDetailPage, postDetailMetadata, type SlugParams } from '@/app/(site)/_routes/post-pages';

export const revalidate = 300;

// None at build time: each page is made on its first request and cached; publishing or editing revalidates it (lib/content/revalidate.ts).
export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

export function generateMetadata(props: SlugParams) {
  return postDetailMetadata('news', props);
}

export default function Page(props: SlugParams) {
  return <PostDetailPage kind="news" {...props} />;
}
