/*
 * One outbox message as an admin reads it. Both bodies are shown as text in a <pre>: the HTML
 * part is its source, escaped by React like any string, never rendered (a message may hold
 * anything its recipient typed, such as a name, and must not run or load anything here).
 */
export function MailBodies({ text, html }: { text: string; html: string | null }) {
  return (
    <>
      <section aria-labelledby="mail-text-heading" className="mt-6">
        <h2 id="mail-text-heading" className="text-xl font-bold text-slate-900">
          Text
        </h2>
        <pre tabIndex={0} className="mt-2 overflow-x-auto rounded-md border border-slate-200 bg-slate-50 p-4 text-sm whitespace-pre-wrap break-words text-slate-900">
          {text}
        </pre>
      </section>
      {html ? (
        <section aria-labelledby="mail-html-heading" className="mt-6">
          <h2 id="mail-html-heading" className="text-xl font-bold text-slate-900">
            HTML source
          </h2>
          <p className="mt-1 text-sm text-slate-700">Shown as text, not rendered.</p>
          <pre
            data-mail-html
            tabIndex={0}
            className="mt-2 overflow-x-auto rounded-md border border-slate-200 bg-slate-50 p-4 font-mono text-sm whitespace-pre-wrap break-words text-slate-900"
          >
            {html}
          </pre>
        </section>
      ) : null}
    </>
  );
}
