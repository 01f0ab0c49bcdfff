import type { ReactNode } from 'react';

export type Fact = { label: string; value: ReactNode };

/** Label–value pairs under a title ("Published 12 March 2026"), read as one phrase each. */
export function Facts({ items }: { items: Fact[] }) {
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-2">
      {items.map((fact) => (
        <div key={fact.label} className="flex flex-wrap gap-x-1.5">
          <dt className="font-semibold text-slate-800">{fact.label}</dt> <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
