import type { ReactNode } from 'react';

export type Fact = { label: string; value: ReactNode };

/** Label–value pairs under a title ("Published 12 March 2026"), read as one phrase each. */
export function Facts({ items }: { items: Fact[] }) {
  return (
    <dl className="facts">
      {items.map((fact) => (
        <div key={fact.label}>
          <dt>{fact.label}</dt> <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
