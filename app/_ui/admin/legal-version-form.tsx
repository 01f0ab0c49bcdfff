'use client';

import { EditorForm } from '@/app/_ui/admin/editor-form';
import { MarkdownField } from '@/app/_ui/admin/markdown-field';
import { SubmitButton, TextField } from '@/app/_ui/forms/fields';
import type { FormAction } from '@/lib/form-state';

const FIELD_LABELS = { title: 'Title', body: 'Text', effectiveDate: 'Takes effect on' };

/** A new version of a legal document, started from the latest one's text. */
export function LegalVersionForm({
  action,
  kind,
  entity,
  basedOnVersion,
  defaults,
  today,
}: {
  action: FormAction;
  kind: string;
  entity: string;
  basedOnVersion: number;
  defaults: { title: string; body: string };
  today: string;
}) {
  return (
    <EditorForm action={action} draftKey={`legal:${kind}:${entity}:new`} fieldLabels={FIELD_LABELS}>
      {(state) => (
        <>
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="entity" value={entity} />
          <input type="hidden" name="version" defaultValue={String(basedOnVersion)} />
          <TextField name="title" label={FIELD_LABELS.title} state={state} defaultValue={defaults.title} maxLength={200} />
          <TextField
            name="effectiveDate"
            label={FIELD_LABELS.effectiveDate}
            state={state}
            defaultValue={today}
            hint={`A date in the form YYYY-MM-DD, today (${today}) or later. From that day the public page shows this version and signed-in users who accepted an earlier one are asked to accept it.`}
            maxLength={10}
          />
          <MarkdownField name="body" label={FIELD_LABELS.body} state={state} defaultValue={defaults.body} hint="Markdown, shown as on the public page." />
          <SubmitButton pendingText="Saving…">Save the new version</SubmitButton>
        </>
      )}
    </EditorForm>
  );
}
