'use client';

import { CoverImageField, type CoverImageValue } from '@/app/_ui/admin/cover-image-field';
import { EditorForm } from '@/app/_ui/admin/editor-form';
import { InputField } from '@/app/_ui/admin/input-field';
import { MarkdownField } from '@/app/_ui/admin/markdown-field';
import { SelectField, SubmitButton, TextField } from '@/app/_ui/forms/fields';
import type { FormAction } from '@/lib/form-state';

/** The event editor's fields, for a new event (no id) or an existing one. */
export function EventForm({
  action,
  id,
  version,
  fields,
  specialties,
  labels,
  coverImage,
  maxUploadBytes,
}: {
  action: FormAction;
  id?: number;
  version: number;
  fields: Record<string, string>;
  specialties: ReadonlyArray<readonly [string, string]>;
  labels: Record<string, string>;
  /** The saved cover image, if any, and the largest upload the server takes. */
  coverImage: CoverImageValue | null;
  maxUploadBytes: number;
}) {
  return (
    <EditorForm action={action} draftKey={`event:${id ?? 'new'}`} fieldLabels={labels}>
      {(state) => (
        <>
          {id ? <input type="hidden" name="id" value={id} /> : null}
          <input type="hidden" name="version" value={state.values?.version ?? String(version)} />
          <TextField name="title" label="Title" state={state} defaultValue={fields.title} maxLength={200} />
          <TextField name="slug" label="Slug" state={state} defaultValue={fields.slug} required={false} hint="The event's address: /events/slug. Left blank, it is made from the title." />
          <TextField name="summary" label="Summary" state={state} defaultValue={fields.summary} multiline maxLength={500} />
          <MarkdownField name="body" label="Description (Markdown)" state={state} defaultValue={fields.body ?? ''} rows={12} />
          <SelectField name="specialtyId" label="Specialty" state={state} defaultValue={fields.specialtyId} options={specialties} placeholder="No specialty" required={false} />
          <div className="grid gap-4 sm:grid-cols-2">
            <InputField name="startsAt" label="Starts" type="datetime-local" state={state} defaultValue={fields.startsAt ?? ''} hint="In the event's time zone." />
            <InputField name="endsAt" label="Ends" type="datetime-local" state={state} defaultValue={fields.endsAt ?? ''} hint="In the event's time zone." />
          </div>
          <TextField name="timeZone" label="Time zone" state={state} defaultValue={fields.timeZone ?? 'Asia/Kolkata'} hint="An IANA zone, such as Asia/Kolkata, Europe/Vienna or UTC." />
          <TextField name="venue" label="Venue" state={state} defaultValue={fields.venue} required={false} hint="A venue, an online link, or both." />
          <InputField name="virtualUrl" label="Online link" type="url" state={state} defaultValue={fields.virtualUrl ?? ''} required={false} hint="https:// address of the online event." />
          <TextField name="organiser" label="Organiser" state={state} defaultValue={fields.organiser} />
          <InputField name="registrationUrl" label="Registration address" type="url" state={state} defaultValue={fields.registrationUrl ?? ''} required={false} />
          <CoverImageField state={state} defaultImage={coverImage} maxUploadBytes={maxUploadBytes} />
          <SubmitButton pendingText="Saving…">{id ? 'Save' : 'Create draft'}</SubmitButton>
        </>
      )}
    </EditorForm>
  );
}
