'use client';

import { useActionState, useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { FormMessage, fieldsKey, useFocusFirstError } from '@/app/_ui/forms/fields';
import { idleFormState, type FormAction, type FormState } from '@/lib/form-state';

/*
 * Every staff editor's form: nothing an editor types is lost.
 * - Leaving with unsaved changes asks first (the browser's own prompt).
 * - What is typed is kept in this browser (localStorage, under draftKey) until it is saved, so
 *   a reload or a crash offers it back.
 * - A save refused because someone else saved first shows their version beside this one
 *   (state.conflict); the typed values stay in the form.
 * The form holds a hidden `version` field (the version it was opened at): the server refuses a
 * save that names an older one.
 */

type Props = {
  action: FormAction;
  /** Where the browser keeps the unsaved draft: one key per item (e.g. `post:12`, `post:new`). */
  draftKey: string;
  /** Labels for the conflict view, by field name (fields not named are not compared). */
  fieldLabels: Record<string, string>;
  children: (state: FormState) => ReactNode;
};

type Draft = { savedAt: string; fields: Record<string, string> };

const STORAGE_PREFIX = 'hidoc-admin-draft:';

function readForm(form: HTMLFormElement): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && !name.startsWith('$')) fields[name] = value;
  }
  return fields;
}

function readKept(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function parseDraft(text: string | null): Draft | null {
  if (!text) return null;
  try {
    const draft = JSON.parse(text) as Draft;
    return typeof draft?.savedAt === 'string' && draft.fields && typeof draft.fields === 'object' ? draft : null;
  } catch {
    return null;
  }
}

function writeForm(form: HTMLFormElement, fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) {
    if (name === 'version') continue;
    const control = form.elements.namedItem(name);
    if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) control.checked = control.value === value;
    else if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement) {
      // Through the element's own setter, so a field React controls hears of it too.
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), 'value')?.set?.call(control, value);
      control.dispatchEvent(new Event('input', { bubbles: true }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
}

const noSubscription = () => () => {};

export function EditorForm({ action, draftKey, fieldLabels, children }: Props) {
  const storageKey = STORAGE_PREFIX + draftKey;
  const [dirty, setDirty] = useState(false);
  const [handled, setHandled] = useState(false);
  // A save clears the kept draft; a refused one leaves the changes unsaved.
  const [state, formAction] = useActionState(async (previous: FormState, formData: FormData) => {
    const next = await action(previous, formData);
    if (next.status === 'ok') {
      window.localStorage.removeItem(storageKey);
      setDirty(false);
      setHandled(true);
    } else {
      setDirty(true);
    }
    return next;
  }, idleFormState);
  const formRef = useFocusFirstError(state);
  // A draft kept from an earlier visit is offered, never applied by itself (and not on the server).
  const keptText = useSyncExternalStore(noSubscription, () => readKept(storageKey), () => null);
  const kept = handled ? null : parseDraft(keptText);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  function onInput() {
    setDirty(true);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const form = formRef.current;
      if (!form) return;
      try {
        window.localStorage.setItem(storageKey, JSON.stringify({ savedAt: new Date().toISOString(), fields: readForm(form) } satisfies Draft));
      } catch {
        // Full or off: the unsaved-changes prompt still guards the work.
      }
    }, 500);
  }

  function restore() {
    if (kept && formRef.current) writeForm(formRef.current, kept.fields);
    setHandled(true);
    setDirty(true);
  }

  function discard() {
    window.localStorage.removeItem(storageKey);
    setHandled(true);
  }

  function saveOverTheirs() {
    const form = formRef.current;
    const version = form?.elements.namedItem('version');
    if (!form || !(version instanceof HTMLInputElement) || !state.conflict) return;
    version.value = String(state.conflict.version);
    form.requestSubmit();
  }

  return (
    <form ref={formRef} action={formAction} onInput={onInput} onSubmit={() => setDirty(false)} noValidate className="space-y-5">
      {kept ? (
        <div role="status" className="rounded-md border border-amber-400 bg-amber-50 p-4 text-slate-900">
          <p>
            This browser kept changes you had not saved (from {new Date(kept.savedAt).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC).
          </p>
          <p className="mt-2 flex flex-wrap gap-3">
            <button type="button" onClick={restore} className="rounded-md bg-brand-800 px-3 py-2 font-semibold text-white hover:bg-brand-900">
              Restore them
            </button>
            <button type="button" onClick={discard} className="rounded-md border border-slate-400 px-3 py-2 font-semibold text-slate-900 hover:bg-slate-100">
              Discard them
            </button>
          </p>
        </div>
      ) : null}
      <FormMessage state={state} />
      {state.conflict ? <ConflictView state={state} fieldLabels={fieldLabels} onSaveOverTheirs={saveOverTheirs} /> : null}
      <div key={fieldsKey(state)} className="space-y-5">
        {children(state)}
      </div>
    </form>
  );
}

function ConflictView({ state, fieldLabels, onSaveOverTheirs }: { state: FormState; fieldLabels: Record<string, string>; onSaveOverTheirs: () => void }) {
  const conflict = state.conflict!;
  const mine = state.values ?? {};
  const differing = Object.keys(fieldLabels).filter((name) => (conflict.fields[name] ?? '') !== (mine[name] ?? ''));
  return (
    <section aria-labelledby="conflict-heading" className="rounded-md border border-red-700 bg-red-50 p-4 text-slate-900">
      <h2 id="conflict-heading" className="text-lg font-bold">
        Changed since you opened it
      </h2>
      <p className="mt-1">
        {conflict.savedBy ?? 'Someone'} saved version {conflict.version} at {new Date(conflict.savedAt).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC.
        Your changes are still in the form below and nothing was overwritten.
      </p>
      {differing.length > 0 ? (
        <table className="mt-3 w-full table-fixed border-collapse text-left text-sm">
          <caption className="sr-only">Fields that differ between the saved version and yours</caption>
          <thead>
            <tr>
              <th scope="col" className="w-1/5 border-b border-slate-300 py-1 pr-2">Field</th>
              <th scope="col" className="border-b border-slate-300 py-1 pr-2">Saved version {conflict.version}</th>
              <th scope="col" className="border-b border-slate-300 py-1">Yours</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((name) => (
              <tr key={name} className="align-top">
                <th scope="row" className="border-b border-slate-200 py-1 pr-2 font-semibold">{fieldLabels[name]}</th>
                <td className="border-b border-slate-200 py-1 pr-2 break-words whitespace-pre-wrap">{conflict.fields[name] ?? ''}</td>
                <td className="border-b border-slate-200 py-1 break-words whitespace-pre-wrap">{mine[name] ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="mt-3 flex flex-wrap gap-3">
        <button type="button" onClick={onSaveOverTheirs} className="rounded-md bg-red-800 px-3 py-2 font-semibold text-white hover:bg-red-900">
          Save mine over version {conflict.version}
        </button>
        <a href="" className="rounded-md border border-slate-400 px-3 py-2 font-semibold text-slate-900 hover:bg-slate-100">
          Open the saved version instead
        </a>
      </p>
    </section>
  );
}
