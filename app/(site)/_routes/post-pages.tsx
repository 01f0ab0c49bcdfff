import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { contentTag } from '@/lib/content/cache-tags';
import { tagCachedPage } from '@/lib/content/tag-page';
import { isPastLastPage, type ListParams } from '@/lib/content/pagination';
import { pathForPost, postSections } from '@/lib/content/paths';
import {
  getPublishedPostBySlug,
  listPostSpecialties,
  listPostsPage,
  listRelatedPosts,
} from '@/lib/content/posts';
import { getSpecialtyBySlug } from '@/lib/content/specialties';
import type { PostKind } from '@/lib/content/types';
import { siteName } from '@/lib/site';
import { ContentList } from '@/app/_ui/content/content-list';
import { IndexPage } from '@/app/_ui/content/index-page';
import { postToListItem } from '@/app/_ui/content/list-items';
import { listMetadata, pagedListMetadata, readListParams, type ListPageProps } from './list-route';
import { Pagination } from '@/app/_ui/content/pagination';
import { PostArticle } from '@/app/_ui/content/post-article';
import { SpecialtyFilter } from '@/app/_ui/content/specialty-filter';

/*
 * Conditions, news and articles share their pages: each route file names its kind and
 * hands over here, so the three stay alike without copies.
 *
 * `/news` is the cached first page (no query string: it must not read searchParams);
 * `/news/page/[page]?asOf=…&specialty=…` serves deeper and filtered pages per request.
 */

export type SlugParams = { params: Promise<{ slug: string }> };

export type { ListPageProps } from './list-route';

const intros: Record<PostKind, string> = {
  condition: 'Clinical overviews of conditions: causes, symptoms, diagnosis, treatment and outlook.',
  news: 'The latest news from medicine and research, newest first.',
  article: 'In-depth articles on diagnosis and treatment, newest first.',
};

/** What a list holds, as a reader says it: "condition articles", "news", "articles". */
const nouns: Record<PostKind, string> = {
  condition: 'condition articles',
  news: 'news',
  article: 'articles',
};

/** The cached first page: a fresh snapshot, no filter. */
export async function PostIndexPage({ kind }: { kind: PostKind }) {
  await tagCachedPage([contentTag.list(kind)]);
  return <PostList kind={kind} list={{ page: 1, asOf: new Date(), specialty: null }} />;
}

/** A deeper or filtered page; a malformed address is a 404, never an error. */
export async function PostListPage({ kind, params, searchParams }: { kind: PostKind } & ListPageProps) {
  const list = await readListParams({ params, searchParams });
  if (!list) notFound();
  return <PostList kind={kind} list={list} />;
}

async function PostList({ kind, list }: { kind: PostKind; list: ListParams }) {
  const section = postSections[kind];
  const [paged, options, active] = await Promise.all([
    listPostsPage(kind, list),
    listPostSpecialties(kind),
    list.specialty ? getSpecialtyBySlug(list.specialty) : Promise.resolve(null),
  ]);
  if (list.specialty && !active) notFound();
  if (isPastLastPage(paged)) notFound();

  const title = active ? `${section.label}: ${active.name}` : section.label;
  const isDeeper = paged.page > 1 || active !== null;
  const first = paged.total === 0 ? 0 : (paged.page - 1) * paged.pageSize + 1;
  const last = (paged.page - 1) * paged.pageSize + paged.items.length;
  return (
    <IndexPage
      title={title}
      intro={intros[kind]}
      trail={isDeeper ? [{ href: section.path, label: section.label }] : []}
      current={isDeeper ? listCrumb(paged.page, active?.name) : undefined}
    >
      <SpecialtyFilter basePath={section.path} options={options} active={active} noun={nouns[kind]} />
      {paged.total > 0 ? (
        <p className="mt-6 text-sm text-slate-700">
          {paged.totalPages > 1 ? `Showing ${first}–${last} of ${paged.total}` : `${paged.total} ${paged.total === 1 ? 'item' : 'items'}`}
        </p>
      ) : null}
      <div className="mt-2">
        {paged.items.length > 0 ? (
          <ContentList items={paged.items.map((post) => postToListItem(post, { withSummary: true }))} emptyText="" size="roomy" />
        ) : (
          <EmptyList kind={kind} specialtyName={active?.name ?? null} />
        )}
      </div>
      <Pagination
        basePath={section.path}
        page={paged.page}
        totalPages={paged.totalPages}
        asOf={paged.asOf}
        specialty={active?.slug ?? null}
      />
    </IndexPage>
  );
}

function listCrumb(page: number, specialtyName: string | undefined): string {
  const parts = [specialtyName, page > 1 ? `Page ${page}` : null].filter(Boolean);
  return parts.join(', ');
}

function EmptyList({ kind, specialtyName }: { kind: PostKind; specialtyName: string | null }) {
  const section = postSections[kind];
  return (
    <div className="mt-4 rounded-lg border border-dashed border-slate-300 p-6 text-center">
      <p className="font-semibold text-slate-900">
        {specialtyName ? `No ${nouns[kind]} in ${specialtyName} yet.` : `Nothing published in ${nouns[kind]} yet.`}
      </p>
      {specialtyName ? (
        <p className="mt-2">
          <Link href={section.path} className="link">
            Show all {nouns[kind]}
          </Link>
        </p>
      ) : (
        <p className="mt-2 text-slate-700">New items appear here as soon as they are published.</p>
      )}
    </div>
  );
}

export async function PostDetailPage({ kind, params }: { kind: PostKind } & SlugParams) {
  const { slug } = await params;
  const post = await getPublishedPostBySlug(kind, slug);
  if (!post) notFound();
  // Its related box lists the specialty's posts: a change to any of them shows here at once.
  const [related] = await Promise.all([
    listRelatedPosts(post),
    tagCachedPage([contentTag.item(kind, post.slug), post.specialty ? contentTag.specialty(post.specialty.slug, 'posts') : null]),
  ]);
  return <PostArticle post={post} related={related} />;
}

export function postIndexMetadata(kind: PostKind): Metadata {
  const section = postSections[kind];
  return listMetadata(section.label, intros[kind], section.path);
}

export function postListMetadata(kind: PostKind, props: ListPageProps): Promise<Metadata> {
  const section = postSections[kind];
  return pagedListMetadata({ basePath: section.path, label: section.label, intro: intros[kind] }, props);
}

export async function postDetailMetadata(kind: PostKind, { params }: SlugParams): Promise<Metadata> {
  const { slug } = await params;
  const post = await getPublishedPostBySlug(kind, slug);
  if (!post) return { title: 'Page not found', robots: { index: false } };
  const path = pathForPost(kind, post.slug);
  // Only the title and summary: the body of a members-only post never goes into tags.
  return {
    title: post.title,
    description: post.summary,
    authors: post.authorName ? [{ name: post.authorName }] : undefined,
    alternates: { canonical: path },
    openGraph: {
      type: 'article',
      title: post.title,
      description: post.summary,
      url: path,
      siteName,
      locale: 'en_GB',
      publishedTime: post.publishedAt.toISOString(),
      modifiedTime: post.updatedAt.toISOString(),
      section: post.specialty?.name,
      authors: post.authorName ? [post.authorName] : undefined,
    },
    // X falls back to og:title and og:description: the same text is not sent twice more.
    twitter: { card: 'summary' },
  };
}
