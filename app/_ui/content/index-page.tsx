import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from './breadcrumbs';

/**
 * The frame of every list page: breadcrumbs, the heading, a line of intro, the list.
 * Deeper or filtered pages pass a trail (Home › News › Page 2) and the crumb for themselves.
 */
export function IndexPage({
  title,
  intro,
  trail = [],
  current,
  children,
}: {
  title: string;
  intro: string;
  trail?: Crumb[];
  /** The last crumb; the title when left out. */
  current?: string;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-8">
      <Breadcrumbs trail={trail} current={current ?? title} />
      <h1 className="mt-6 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{title}</h1>
      <p className="mt-3 text-lg text-slate-700">{intro}</p>
      <div className="mt-6">{children}</div>
    </div>
  );
}
