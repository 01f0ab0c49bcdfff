import type { ReactNode } from 'react';
import type { TocEntry } from '@/lib/content/markdown';
import { Breadcrumbs, type Crumb } from './breadcrumbs';
import { TableOfContents } from './table-of-contents';

/**
 * The one page layout for anything a doctor reads: condition articles, news, articles,
 * events, videos and legal documents. The kind-specific parts come in as slots.
 */
export function ArticleLayout({
  trail,
  title,
  summary,
  meta,
  toc = [],
  media,
  children,
  after,
}: {
  trail: Crumb[];
  title: string;
  summary?: string;
  /** Facts under the title: byline, dates, place. */
  meta?: ReactNode;
  toc?: TocEntry[];
  /** A player or other wide element above the text. */
  media?: ReactNode;
  children: ReactNode;
  /** Sections after the text, such as references. */
  after?: ReactNode;
}) {
  const hasToc = toc.length >= 2;
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-8">
      <Breadcrumbs trail={trail} current={title} />
      <article className="mt-6">
        <header className="max-w-3xl">
          <h1 className="text-[1.75rem] leading-tight font-bold tracking-tight text-slate-900 sm:text-4xl">{title}</h1>
          {summary ? <p className="mt-4 text-lg leading-relaxed text-slate-700 sm:text-xl">{summary}</p> : null}
          {meta ? <div className="mt-5 text-sm text-slate-700">{meta}</div> : null}
        </header>
        {media ? <div className="mt-8 max-w-3xl">{media}</div> : null}
        <div className={`mt-8 ${hasToc ? 'lg:grid lg:grid-cols-[minmax(0,48rem)_16rem] lg:gap-12' : ''}`}>
          {hasToc ? (
            <div className="mb-8 lg:order-2 lg:mb-0">
              <TableOfContents entries={toc} />
            </div>
          ) : null}
          <div className="min-w-0 max-w-3xl lg:order-1">
            {children}
            {after}
          </div>
        </div>
      </article>
    </div>
  );
}
