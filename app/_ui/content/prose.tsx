/**
 * Rendered markdown. The HTML comes only from renderMarkdown, which sanitises it with an
 * allow-list; nothing else may be passed here.
 */
export function Prose({ html }: { html: string }) {
  return (
    <div
      className="prose prose-lg prose-slate max-w-none prose-headings:scroll-mt-4 prose-headings:text-slate-900 prose-h2:text-2xl prose-h3:text-xl prose-a:text-brand-800 prose-a:underline-offset-2 hover:prose-a:text-brand-900"
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
