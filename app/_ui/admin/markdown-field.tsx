'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { FormState } from '@/lib/form-state';

/*
 * A markdown body with its live preview: what is typed is sent to /admin/preview (the public
 * page's renderer and sanitizer, on the server) half a second after typing stops, and the
 * answer is shown beside it. The preview is never built in the browser, so it cannot differ
 * from what readers will get.
 */

type Props = {
  name: string;
  label: string;
  state: FormState;
  defaultValue: string;
  hint?: string;
  rows?: number;
};

export function MarkdownField({ name, label, state, defaultValue, hint, rows = 18 }: Props) {
  const id = useId();
  const errors = state.fieldErrors?.[name];
  const error = errors?.length ? errors.join(' ') : undefined;
  const [text, setText] = useState(state.values?.[name] ?? defaultValue);
  const [html, setHtml] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch('/admin/preview', { method: 'POST', body: text, headers: { 'Content-Type': 'text/plain' } });
        if (!response.ok) throw new Error(String(response.status));
        const answer = (await response.json()) as { html: string };
        if (ticket === latest.current) {
          setHtml(answer.html);
          setFailed(false);
        }
      } catch {
        if (ticket === latest.current) setFailed(true);
      }
    }, 500);
    return () => clearTimeout(timer);
  }, [text]);

  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div>
        <label htmlFor={id} className="block font-semibold text-slate-900">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
            {hint}
          </p>
        ) : null}
        <textarea
          id={id}
          name={name}
          rows={rows}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 font-mono text-sm text-slate-900 focus:border-brand-700 focus:outline-2 focus:outline-offset-1 focus:outline-brand-700 ${error ? 'border-red-700' : 'border-slate-400'}`}
        />
        {error ? (
          <p id={`${id}-error`} className="mt-1 font-medium text-red-800">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        ) : null}
      </div>
      <section aria-label={`${label}: preview`} className="min-w-0 rounded-md border border-slate-300 bg-white p-4">
        <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase">Preview</p>
        {failed ? <p className="mt-2 text-slate-700">The preview could not be made just now; your text is safe.</p> : null}
        {html === null ? (
          <p className="mt-2 text-slate-700">Preparing the preview…</p>
        ) : (
          // The server's sanitized rendering, the same as the public page's.
          <div className="prose mt-2 max-w-none" dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </section>
    </div>
  );
}
