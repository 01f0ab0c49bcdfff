import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pathForPost, postSections } from '@/lib/content/paths';
import { getPublishedPostBySlug, listPublishedPosts } from '@/lib/content/queries';
import type { PostKind } from '@/lib/db/schema';
import { ContentList } from './content-list';
import { IndexPage } from './index-page';
import { postToListItem } from './list-items';
import { PostArticle } from './post-article';

/*
 * Conditions, news and articles share their pages: each route file names its kind and
 * hands over here, so the three stay alike without copies.
 */

export type SlugParams = { params: Promise<{ slug: string }> };

const intros: Record<PostKind, string> = {
  condition: 'Clinical overviews of conditions: causes, symptoms, diagnosis, treatment and outlook.',
  news: 'The latest news from medicine and research, newest first.',
  article: 'In-depth articles on diagnosis and treatment, newest first.',
};

export async function PostIndexPage({ kind }: { kind: PostKind }) {
  const items = await listPublishedPosts(kind);
  const section = postSections[kind];
  return (
    <IndexPage title={section.label} intro={intros[kind]}>
      <ContentList
        items={items.map((post) => postToListItem(post, { withSummary: true }))}
        emptyText={`Nothing published in ${section.label.toLowerCase()} yet.`}
        size="roomy"
      />
    </IndexPage>
  );
}

export async function PostDetailPage({ kind, params }: { kind: PostKind } & SlugParams) {
  const { slug } = await params;
  const post = await getPublishedPostBySlug(kind, slug);
  if (!post) notFound();
  return <PostArticle post={post} />;
}

export function postIndexMetadata(kind: PostKind): Metadata {
  const section = postSections[kind];
  return { title: section.label, description: intros[kind], alternates: { canonical: section.path } };
}

export async function postDetailMetadata(kind: PostKind, { params }: SlugParams): Promise<Metadata> {
  const { slug } = await params;
  const post = await getPublishedPostBySlug(kind, slug);
  if (!post) return { title: 'Page not found', robots: { index: false } };
  const path = pathForPost(kind, post.slug);
  return {
    title: post.title,
    description: post.summary,
    alternates: { canonical: path },
    openGraph: {
      type: 'article',
      title: post.title,
      description: post.summary,
      url: path,
      publishedTime: post.publishedAt.toISOString(),
    },
  };
}
