import { toSafeHttpUrl } from '@/lib/content/paths';
import type { Reference } from '@/lib/content/types';

export function References({ items }: { items: Reference[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="references" className="mt-12 border-t border-slate-200 pt-6">
      <h2 id="references" className="text-xl font-bold text-slate-900">
        References
      </h2>
      <ol className="mt-4 list-decimal space-y-2 pl-6 text-[0.95rem] text-slate-700 marker:text-slate-600">
        {items.map((ref, i) => {
          const href = toSafeHttpUrl(ref.url);
          return (
            <li key={i}>
              {href ? (
                <a href={href} rel="noopener noreferrer" className="link font-normal break-words">
                  {ref.label}
                </a>
              ) : (
                ref.label
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
