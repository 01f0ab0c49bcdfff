'use client';

import { CoverImageField, type CoverImageValue } from '@/app/_ui/admin/cover-image-field';
import { EditorForm } from '@/app/_ui/admin/editor-form';
import { InputField } from '@/app/_ui/admin/input-field';
import { MarkdownField } from '@/app/_ui/admin/markdown-field';
import { SelectField, SubmitButton, TextField } from '@/app/_ui/forms/fields';
import type { FormAction } from '@/lib/form-state';

const PROVIDERS = [
  ['youtube', 'YouTube'],
  ['vimeo', 'Vimeo'],
  ['file', 'A video file'],
] as const;
const ACCESS = [
  ['public', 'Everyone'],
  ['members', 'Signed-in members only'],
] as const;

export function VideoForm({
  action,
  id,
  version,
  fields,
  specialties,
  series,
  labels,
  coverImage,
  maxUploadBytes,
}: {
  action: FormAction;
  id?: number;
  version: number;
  fields: Record<string, string>;
  specialties: ReadonlyArray<readonly [string, string]>;
  series: ReadonlyArray<readonly [string, string]>;
  labels: Record<string, string>;
  /** The saved cover image, if any, and the largest upload the server takes. */
  coverImage: CoverImageValue | null;
  maxUploadBytes: number;
}) {
  return (
    <EditorForm action={action} draftKey={`video:${id ?? 'new'}`} fieldLabels={labels}>
      {(state) => (
        <>
          {id ? <input type="hidden" name="id" value={id} /> : null}
          <input type="hidden" name="version" value={state.values?.version ?? String(version)} />
          <TextField name="title" label="Title" state={state} defaultValue={fields.title} maxLength={200} />
          <TextField name="slug" label="Slug" state={state} defaultValue={fields.slug} required={false} hint="The video's address: /videos/slug. Left blank, it is made from the title." />
          <TextField name="summary" label="Summary" state={state} defaultValue={fields.summary} multiline maxLength={500} />
          <MarkdownField name="body" label="Notes (Markdown)" state={state} defaultValue={fields.body ?? ''} rows={10} />
          <SelectField name="specialtyId" label="Specialty" state={state} defaultValue={fields.specialtyId} options={specialties} placeholder="No specialty" required={false} />
          <SelectField name="provider" label="Provider" state={state} defaultValue={fields.provider ?? 'youtube'} options={PROVIDERS} placeholder="Choose the provider" />
          <TextField name="providerVideoId" label="Video id or address" state={state} defaultValue={fields.providerVideoId} required={false} hint="For YouTube or Vimeo: the video's id (dQw4w9WgXcQ, 76979871) or its address." />
          <InputField name="fileUrl" label="File address" type="url" state={state} defaultValue={fields.fileUrl ?? ''} required={false} hint="For a file: an https:// address or a path on this site (/media/talk.mp4)." />
          <TextField name="duration" label="Duration" state={state} defaultValue={fields.duration} required={false} hint="minutes:seconds (12:30) or hours:minutes:seconds (1:02:03)." />
          <TextField name="speaker" label="Speaker" state={state} defaultValue={fields.speaker} required={false} />
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField name="seriesId" label="Series" state={state} defaultValue={fields.seriesId} options={series} placeholder="Not in a series" required={false} />
            <InputField name="partNumber" label="Part number" type="number" inputMode="numeric" state={state} defaultValue={fields.partNumber ?? ''} required={false} hint="Its place in the series." />
          </div>
          <TextField name="transcript" label="Transcript" state={state} defaultValue={fields.transcript} multiline required={false} />
          <SelectField name="access" label="Who may watch it" state={state} defaultValue={fields.access ?? 'public'} options={ACCESS} placeholder="Choose who may watch it" />
          <CoverImageField state={state} defaultImage={coverImage} maxUploadBytes={maxUploadBytes} />
          <SubmitButton pendingText="Saving…">{id ? 'Save' : 'Create draft'}</SubmitButton>
        </>
      )}
    </EditorForm>
  );
}

/** A series: no status and no version (its table has none), so the last save wins. */
export function SeriesForm({
  action,
  id,
  version,
  fields,
  specialties,
  labels,
}: {
  action: FormAction;
  id?: number;
  version: number;
  fields: Record<string, string>;
  specialties: ReadonlyArray<readonly [string, string]>;
  labels: Record<string, string>;
}) {
  return (
    <EditorForm action={action} draftKey={`video-series:${id ?? 'new'}`} fieldLabels={labels}>
      {(state) => (
        <>
          {id ? <input type="hidden" name="id" value={id} /> : null}
          <input type="hidden" name="version" value={state.values?.version ?? String(version)} />
          <TextField name="title" label="Title" state={state} defaultValue={fields.title} maxLength={200} />
          <TextField name="slug" label="Slug" state={state} defaultValue={fields.slug} required={false} hint="The series' address: /videos/series/slug. Left blank, it is made from the title." />
          <TextField name="summary" label="Summary" state={state} defaultValue={fields.summary} multiline required={false} maxLength={1000} />
          <SelectField name="specialtyId" label="Specialty" state={state} defaultValue={fields.specialtyId} options={specialties} placeholder="No specialty" required={false} />
          <SubmitButton pendingText="Saving…">{id ? 'Save' : 'Create series'}</SubmitButton>
        </>
      )}
    </EditorForm>
  );
}
