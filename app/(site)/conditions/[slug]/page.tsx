import { PostDetailPage, postDetailMetadata, type SlugParams } from '@/app/_ui/content/post-pages';

export const revalidate = 300;

// Pages are made on first request and then cached; issue 9 moves to tag revalidation.
export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

export function generateMetadata(props: SlugParams) {
  return postDetailMetadata('condition', props);
}

export default function Page(props: SlugParams) {
  return <PostDetailPage kind="condition" {...props} />;
}
