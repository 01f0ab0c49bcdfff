import Link from 'next/link';
import { pathForVideo, pathForVideoSeries } from '@/lib/content/paths';
import type { SeriesPosition, VideoListItem } from '@/lib/content/videos';

/** "Part 2 of 5" of a series, with links to the parts either side. */
export function VideoSeriesNav({ series, position }: { series: { slug: string; title: string }; position: SeriesPosition }) {
  return (
    <nav aria-label="Parts of this series" className="mt-4 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <p className="text-slate-800">
        <strong data-testid="series-part">
          Part {position.partNumber} of {position.partCount}
        </strong>{' '}
        in{' '}
        <Link href={pathForVideoSeries(series.slug)} className="link">
          {series.title}
        </Link>
      </p>
      {position.previous || position.next ? (
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          <li>{position.previous ? <PartLink part={position.previous} direction="prev" /> : null}</li>
          <li className="sm:text-right">{position.next ? <PartLink part={position.next} direction="next" /> : null}</li>
        </ul>
      ) : null}
    </nav>
  );
}

function PartLink({ part, direction }: { part: VideoListItem; direction: 'prev' | 'next' }) {
  const label = direction === 'prev' ? 'Previous part' : 'Next part';
  return (
    <Link
      href={pathForVideo(part.slug)}
      rel={direction}
      className="block rounded-md border border-slate-300 bg-white p-3 hover:border-brand-700 hover:bg-brand-50"
    >
      <span className="block text-sm font-semibold text-brand-800">
        {direction === 'prev' ? <span aria-hidden="true">‹ </span> : null}
        {label}
        {direction === 'next' ? <span aria-hidden="true"> ›</span> : null}
      </span>
      <span className="mt-1 block text-slate-900">
        {part.partNumber ? `Part ${part.partNumber}: ` : ''}
        {part.title}
      </span>
    </Link>
  );
}
