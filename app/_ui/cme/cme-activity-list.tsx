import Link from 'next/link';
import { creditsLabel } from '@/lib/cme/format';
import type { CmeListItem } from '@/lib/cme/types';
import { DayText } from '@/app/_ui/content/meta';
import { cmeActivityPath } from './paths';

export const FORMAT_LABELS = { article: 'Article', video: 'Video' } as const;

/** The activities of a list page: title, summary, and the facts a doctor chooses by. */
export function CmeActivityList({ items, archive }: { items: CmeListItem[]; archive: boolean }) {
  return (
    <ul className="divide-y divide-slate-200">
      {items.map((item) => (
        <li key={item.slug} className="py-5">
          <h2 className="text-lg font-semibold">
            <Link href={cmeActivityPath(item.slug)} className="text-slate-900 underline-offset-2 hover:text-brand-800 hover:underline">
              {item.title}
            </Link>
          </h2>
          <p className="mt-1 text-slate-700">{item.summary}</p>
          <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
            {item.specialty ? (
              <div className="flex gap-1">
                <dt className="sr-only">Specialty</dt>{' '}
                <dd className="font-semibold text-brand-800">{item.specialty.name}</dd>
              </div>
            ) : null}
            <div className="flex gap-1">
              <dt className="sr-only">Format</dt>{' '}
              <dd>{FORMAT_LABELS[item.format]}</dd>
            </div>
            <div className="flex gap-1">
              <dt className="sr-only">Credits</dt>{' '}
              <dd className="font-semibold text-slate-900">{creditsLabel(item.credits)}</dd>
            </div>
            <div className="flex gap-1">
              <dt>Released</dt>{' '}
              <dd>
                <DayText value={item.releaseDate} />
              </dd>
            </div>
            <div className="flex gap-1">
              <dt>{archive ? 'Expired' : 'Expires'}</dt>{' '}
              <dd>
                <DayText value={item.expiryDate} />
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
