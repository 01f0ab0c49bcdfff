import Link from 'next/link';
import { renderMarkdown } from '@/lib/content/markdown';
import { pathForPost, postSections } from '@/lib/content/paths';
import type { PostDetail, PostListItem } from '@/lib/content/posts';
import { formatReadingTime } from '@/lib/content/reading-time';
import { buildBreadcrumbJsonLd, buildPostJsonLd } from '@/lib/content/structured-data';
import { siteUrl } from '@/lib/env';
import { ArticleLayout } from './article-layout';
import { BookmarkButton } from './bookmark-button';
import { ContentList } from './content-list';
import { CoverImageTag } from './cover-image';
import { Facts, type Fact } from './facts';
import { JsonLd } from './json-ld';
import { postToListItem } from './list-items';
import { MembersNotice } from './members-notice';
import { DateText, DayText } from './meta';
import { Prose } from './prose';
import { References } from './references';
import { ViewBeacon } from './view-beacon';

/**
 * A condition article, news item or article: one layout, the facts each kind has. A
 * members-only post arrives here without its body (the query withholds it), so nothing
 * below can render it by mistake.
 */
export function PostArticle({ post, related }: { post: PostDetail; related: PostListItem[] }) {
  const section = postSections[post.kind];
  const path = pathForPost(post.kind, post.slug);
  const rendered = post.body === null ? null : renderMarkdown(post.body, { siteOrigin: siteUrl() });
  return (
    <>
      <ViewBeacon kind={post.kind} slug={post.slug} />
      <JsonLd
        data={[
          buildPostJsonLd(post),
          buildBreadcrumbJsonLd([
            { label: 'Home', path: '/' },
            { label: section.label, path: section.path },
            { label: post.title, path },
          ]),
        ]}
      />
      <ArticleLayout
        trail={[{ href: section.path, label: section.label }]}
        title={post.title}
        summary={post.summary}
        toc={rendered?.toc}
        meta={
          <>
            <PostFacts post={post} />
            <div className="mt-3">
              <BookmarkButton kind={post.kind} slug={post.slug} path={path} />
            </div>
          </>
        }
        after={
          <>
            {rendered ? <References items={post.references} /> : null}
            <RelatedPosts post={post} items={related} />
          </>
        }
      >
        <CoverImageTag image={post.cover} priority className="mb-8 h-auto w-full rounded-lg" />
        {rendered ? <Prose html={rendered.html} /> : <MembersNotice what={section.singular} returnTo={path} />}
      </ArticleLayout>
    </>
  );
}

function PostFacts({ post }: { post: PostDetail }) {
  const facts: Fact[] = [];
  if (post.authorName) facts.push({ label: 'By', value: post.authorName });
  if (post.specialty) {
    facts.push({
      label: 'Specialty',
      value: (
        <Link href={`/specialties/${post.specialty.slug}`} className="link">
          {post.specialty.name}
        </Link>
      ),
    });
  }
  facts.push({ label: 'Published', value: <DateText value={post.publishedAt} /> });
  facts.push({ label: 'Reading time', value: formatReadingTime(post.readingMinutes) });
  if (post.kind === 'condition') {
    if (post.reviewerName) facts.push({ label: 'Medically reviewed by', value: post.reviewerName });
    if (post.lastReviewedAt) facts.push({ label: 'Last reviewed', value: <DayText value={post.lastReviewedAt} /> });
    if (post.nextReviewDue) facts.push({ label: 'Next review due', value: <DayText value={post.nextReviewDue} /> });
  }
  return <Facts items={facts} />;
}

function RelatedPosts({ post, items }: { post: PostDetail; items: PostListItem[] }) {
  if (!post.specialty || items.length === 0) return null;
  return (
    <section aria-labelledby="related" className="mt-12 border-t border-slate-200 pt-6">
      <h2 id="related" className="text-xl font-bold text-slate-900">
        More in {post.specialty.name}
      </h2>
      <div className="mt-2">
        <ContentList items={items.map((item) => postToListItem(item))} emptyText="" />
      </div>
      <p className="mt-4">
        <Link href={`/specialties/${post.specialty.slug}`} className="link">
          Everything in {post.specialty.name}
          <span aria-hidden="true"> →</span>
        </Link>
      </p>
    </section>
  );
}
