import Link from 'next/link';
import { ContentList, type ContentListItem } from './content-list';

/** One of the home page's four numbered lists, with its "view all" link. */
export function HomeSection({
  id,
  title,
  items,
  viewAllHref,
  viewAllLabel,
  emptyText,
}: {
  id: string;
  title: string;
  items: ContentListItem[];
  viewAllHref: string;
  viewAllLabel: string;
  emptyText: string;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col rounded-xl border border-slate-200 bg-white p-5 sm:p-6">
      <h2 id={id} className="text-xl font-bold text-slate-900">
        {title}
      </h2>
      <div className="mt-4 flex-1">
        <ContentList items={items} numbered emptyText={emptyText} />
      </div>
      <p className="mt-5">
        <Link href={viewAllHref} className="link">
          {viewAllLabel}
          <span aria-hidden="true"> →</span>
        </Link>
      </p>
    </section>
  );
}
