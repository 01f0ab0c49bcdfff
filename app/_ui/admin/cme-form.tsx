'use client';

import { EditorForm } from '@/app/_ui/admin/editor-form';
import { InputField } from '@/app/_ui/admin/input-field';
import { MarkdownField } from '@/app/_ui/admin/markdown-field';
import { SelectField, SubmitButton, TextField } from '@/app/_ui/forms/fields';
import type { FormAction, FormState } from '@/lib/form-state';

const FORMATS = [
  ['article', 'Article'],
  ['video', 'Video'],
] as const;

/**
 * The CME activity editor, with its post-test: a slot per question (prompt, options one per
 * line with the correct one marked *, explanation). "Add another question" is a submit that
 * saves nothing and answers the form as typed with one more slot: no browser-only state.
 */
export function CmeForm({
  action,
  id,
  version,
  fields,
  specialties,
  labels,
  maxQuestions,
  questionsLocked,
}: {
  action: FormAction;
  id?: number;
  version: number;
  fields: Record<string, string>;
  specialties: ReadonlyArray<readonly [string, string]>;
  labels: Record<string, string>;
  maxQuestions: number;
  questionsLocked: boolean;
}) {
  const slots = (state: FormState) => Math.min(maxQuestions, Math.max(Number(state.values?.questionCount ?? fields.questionCount) || 0, 1));
  const conflictLabels: Record<string, string> = { ...labels };
  delete conflictLabels.questions;
  for (let n = 1; n <= maxQuestions; n++) {
    conflictLabels[`q${n}Prompt`] = `Question ${n}`;
    conflictLabels[`q${n}Options`] = `Question ${n}: options`;
    conflictLabels[`q${n}Explanation`] = `Question ${n}: explanation`;
  }
  return (
    <EditorForm action={action} draftKey={`cme:${id ?? 'new'}`} fieldLabels={conflictLabels}>
      {(state) => {
        const count = slots(state);
        return (
          <>
            {id ? <input type="hidden" name="id" value={id} /> : null}
            <input type="hidden" name="version" value={state.values?.version ?? String(version)} />
            <input type="hidden" name="questionCount" value={count} />
            <TextField name="title" label="Title" state={state} defaultValue={fields.title} maxLength={200} />
            <TextField name="slug" label="Slug" state={state} defaultValue={fields.slug} required={false} hint="The activity's address: /cme/slug. Left blank, it is made from the title." />
            <TextField name="summary" label="Summary" state={state} defaultValue={fields.summary} multiline maxLength={1000} hint="Shown to everyone on the teaser." />
            <MarkdownField name="body" label="Content (Markdown, for signed-in doctors)" state={state} defaultValue={fields.body ?? ''} rows={14} />
            <SelectField name="specialtyId" label="Specialty" state={state} defaultValue={fields.specialtyId} options={specialties} placeholder="No specialty" required={false} />
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField name="format" label="Format" state={state} defaultValue={fields.format ?? 'article'} options={FORMATS} placeholder="Choose the format" />
              <InputField name="videoUrl" label="Video address" type="url" state={state} defaultValue={fields.videoUrl ?? ''} required={false} hint="For the video format: its YouTube or Vimeo address." />
            </div>
            <TextField name="objectives" label="Learning objectives" state={state} defaultValue={fields.objectives} multiline hint="One objective per line." />
            <TextField
              name="faculty"
              label="Faculty and disclosures"
              state={state}
              defaultValue={fields.faculty}
              multiline
              required={false}
              hint="One person per line: Name | Role | Disclosure (write None when there is nothing to disclose)."
            />
            <TextField name="accreditationStatement" label="Accreditation statement" state={state} defaultValue={fields.accreditationStatement} multiline />
            <div className="grid gap-4 sm:grid-cols-3">
              <InputField name="credits" label="Credits" inputMode="decimal" state={state} defaultValue={fields.credits ?? '1'} />
              <InputField name="releaseDate" label="Release date" type="date" state={state} defaultValue={fields.releaseDate ?? ''} />
              <InputField name="expiryDate" label="Expiry date" type="date" state={state} defaultValue={fields.expiryDate ?? ''} />
            </div>
            <div className="grid gap-4 sm:grid-cols-3">
              <InputField name="passMark" label="Pass mark (%)" inputMode="numeric" state={state} defaultValue={fields.passMark ?? '70'} />
              <InputField name="maxAttempts" label="Attempts allowed" inputMode="numeric" state={state} defaultValue={fields.maxAttempts ?? '3'} />
              <InputField name="attemptWindowHours" label="In a window of (hours)" inputMode="numeric" state={state} defaultValue={fields.attemptWindowHours ?? '24'} />
            </div>
            <section aria-labelledby="questions-heading" className="space-y-4 rounded-md border border-slate-300 bg-white p-4">
              <h2 id="questions-heading" className="text-xl font-bold text-slate-900">
                Post-test questions
              </h2>
              {questionsLocked ? (
                <p className="rounded-md border border-amber-400 bg-amber-50 p-3 text-slate-900">
                  Doctors have already taken this test: its questions and options can no longer change (a save that changes them is refused).
                </p>
              ) : null}
              <p className="text-slate-700">
                Give each question 2 to 6 options, one per line, and put a * before the one correct option. A blank question is left out.
              </p>
              {Array.from({ length: count }, (_, i) => i + 1).map((n) => (
                <fieldset key={n} className="space-y-3 rounded-md border border-slate-300 p-3">
                  <legend className="px-1 font-semibold text-slate-900">Question {n}</legend>
                  <TextField name={`q${n}Prompt`} label={`Question ${n}`} state={state} defaultValue={fields[`q${n}Prompt`]} multiline required={false} />
                  <TextField name={`q${n}Options`} label={`Question ${n}: options`} state={state} defaultValue={fields[`q${n}Options`]} multiline required={false} hint="One per line; * before the correct one." />
                  <TextField name={`q${n}Explanation`} label={`Question ${n}: explanation`} state={state} defaultValue={fields[`q${n}Explanation`]} multiline required={false} />
                </fieldset>
              ))}
              {count < maxQuestions ? (
                <button
                  type="submit"
                  name="intent"
                  value="add-question"
                  className="inline-flex min-h-11 items-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-100"
                >
                  Add another question
                </button>
              ) : (
                <p className="text-slate-700">This is the most questions the editor holds ({maxQuestions}).</p>
              )}
            </section>
            <SubmitButton pendingText="Saving…">{id ? 'Save' : 'Create draft'}</SubmitButton>
          </>
        );
      }}
    </EditorForm>
  );
}
