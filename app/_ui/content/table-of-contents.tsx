import type { TocEntry } from '@/lib/content/markdown';

export function TableOfContents({ entries }: { entries: TocEntry[] }) {
  return (
    <nav aria-label="Contents" className="rounded-lg border border-slate-200 bg-slate-50 p-4 lg:sticky lg:top-4">
      <p className="text-sm font-semibold tracking-wide text-slate-800 uppercase">Contents</p>
      <ol className="mt-2 space-y-1 text-[0.95rem]">
        {entries.map((entry) => (
          <li key={entry.id} className={entry.level === 3 ? 'pl-4' : undefined}>
            <a href={`#${entry.id}`} className="toc-link">
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
