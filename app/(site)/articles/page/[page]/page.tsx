import { PostListPage, postListMetadata, type ListPageProps } from '@/app/(site)/_routes/post-pages';

// Reads the query string (snapshot, filter), so it renders per request; /articles is the cached first page.

export function generateMetadata(props: ListPageProps) {
  return postListMetadata('article', props);
}

export default function Page(props: ListPageProps) {
  return <PostListPage kind="article" {...props} />;
}
