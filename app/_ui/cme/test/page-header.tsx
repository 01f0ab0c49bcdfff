import Link from 'next/link';

/** The heading of the post-test, result and evaluation pages, under a link back to the activity. */
export function CmeTestHeader({ slug, activityTitle, title }: { slug: string; activityTitle: string; title: string }) {
  return (
    <header>
      <p className="text-sm">
        <Link href={`/cme/${slug}`} className="link">
          <span className="sr-only">Back to the activity: </span>
          {activityTitle}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">{title}</h1>
    </header>
  );
}
