import { renderMarkdown } from '@/lib/content/markdown';
import { postSections } from '@/lib/content/paths';
import type { PostDetail } from '@/lib/content/queries';
import { siteUrl } from '@/lib/env';
import { ArticleLayout } from './article-layout';
import { Facts, type Fact } from './facts';
import { MembersNotice } from './members-notice';
import { DateText, DayText } from './meta';
import { Prose } from './prose';
import { References } from './references';

/** A condition article, news item or article: one layout, the facts each kind has. */
export function PostArticle({ post }: { post: PostDetail }) {
  const section = postSections[post.kind];
  const rendered = post.body === null ? null : renderMarkdown(post.body, { siteOrigin: siteUrl() });
  return (
    <ArticleLayout
      trail={[{ href: section.path, label: section.label }]}
      title={post.title}
      summary={post.summary}
      toc={rendered?.toc}
      meta={<PostFacts post={post} />}
      after={<References items={post.references} />}
    >
      {rendered ? <Prose html={rendered.html} /> : <MembersNotice what={section.singular} />}
    </ArticleLayout>
  );
}

function PostFacts({ post }: { post: PostDetail }) {
  const facts: Fact[] = [];
  if (post.byline) facts.push({ label: 'By', value: post.byline });
  if (post.specialty) facts.push({ label: 'Specialty', value: post.specialty.name });
  facts.push({ label: 'Published', value: <DateText value={post.publishedAt} /> });
  if (post.lastReviewedAt) facts.push({ label: 'Last reviewed', value: <DayText value={post.lastReviewedAt} /> });
  if (post.nextReviewDue) facts.push({ label: 'Next review due', value: <DayText value={post.nextReviewDue} /> });
  return <Facts items={facts} />;
}
