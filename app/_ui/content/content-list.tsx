import Link from 'next/link';
import type { ReactNode } from 'react';

export type ContentListItem = {
  key: string | number;
  href: string;
  title: string;
  /** A short line under the title: a date, a place, a duration. */
  meta?: ReactNode;
  summary?: string;
  /** A small label such as "Members". */
  badge?: string;
  /** In a numbered list, this item's own number (a series part) instead of its position. */
  number?: number;
};

/**
 * The one list of content every kind uses: numbered on the home page and series pages,
 * plain in the list pages. Each item is a link to its own page. The number is real text,
 * not a CSS marker: some screen readers drop list semantics once list-style is none.
 */
export function ContentList({
  items,
  numbered = false,
  emptyText,
  size = 'compact',
}: {
  items: ContentListItem[];
  numbered?: boolean;
  emptyText: string;
  size?: 'compact' | 'roomy';
}) {
  if (items.length === 0) return <p className="text-slate-700">{emptyText}</p>;
  const List = numbered ? 'ol' : 'ul';
  return (
    <List className={numbered ? 'space-y-4' : 'divide-y divide-slate-200'}>
      {items.map((item, index) => (
        <li key={item.key} value={numbered ? item.number : undefined} className={numbered ? 'flex gap-4' : size === 'roomy' ? 'flex gap-4 py-5' : 'flex gap-4 py-3'}>
          {numbered ? (
            <span className="list-number">{item.number ?? index + 1}</span>
          ) : null}
          <div className="min-w-0 flex-1">
            <Link
              href={item.href}
              className={size === 'roomy' ? 'list-title text-lg' : 'list-title'}
            >
              {item.title}
            </Link>
            {item.badge ? (
              <span className="ml-2 inline-block rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-semibold text-amber-900">
                {item.badge}
              </span>
            ) : null}
            {item.meta ? <div className="list-meta">{item.meta}</div> : null}
            {item.summary ? <p className="mt-1 text-slate-700">{item.summary}</p> : null}
          </div>
        </li>
      ))}
    </List>
  );
}
