import type { ReactNode } from 'react';
import { Breadcrumbs } from './breadcrumbs';

/** The frame of every list page: breadcrumbs, the heading, a line of intro, the list. */
export function IndexPage({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-8">
      <Breadcrumbs trail={[]} current={title} />
      <h1 className="mt-6 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{title}</h1>
      <p className="mt-3 text-lg text-slate-700">{intro}</p>
      <div className="mt-6">{children}</div>
    </div>
  );
}
