'use client';

import { useState } from 'react';
import { CoverImageField, type CoverImageValue } from '@/app/_ui/admin/cover-image-field';
import { EditorForm } from '@/app/_ui/admin/editor-form';
import { MarkdownField } from '@/app/_ui/admin/markdown-field';
import { SelectField, TextField } from '@/app/_ui/forms/fields';
import { POST_FIELD_LABELS } from '@/lib/admin/post-fields';
import type { FormAction, FormState } from '@/lib/form-state';

/*
 * The post editor's form: every field of a post, in EditorForm (unsaved-changes prompt, the
 * draft kept in this browser, the conflict view). The server (lib/admin/post-schemas.ts)
 * decides what is valid; a condition's review fields show only for conditions.
 */


const KIND_OPTIONS = [
  ['condition', 'Condition article'],
  ['news', 'News'],
  ['article', 'Article'],
] as const;

const ACCESS_OPTIONS = [
  ['public', 'Everyone'],
  ['members', 'Signed-in members only'],
] as const;

type Props = {
  action: FormAction;
  draftKey: string;
  fields: Record<string, string>;
  /** The version the form opens at; null for a new post. */
  version: number | null;
  postId: number | null;
  specialties: ReadonlyArray<readonly [string, string]>;
  reviewers: ReadonlyArray<readonly [string, string]>;
  /** Offer "save and send for review" (a draft not yet waiting for review). */
  canSubmitForReview: boolean;
  /** The saved cover image, if any, and the largest upload the server takes. */
  coverImage: CoverImageValue | null;
  maxUploadBytes: number;
};

const BUTTON = 'inline-flex min-h-11 items-center justify-center rounded-md px-5 font-semibold';

export function PostEditor({ action, draftKey, fields, version, postId, specialties, reviewers, canSubmitForReview, coverImage, maxUploadBytes }: Props) {
  return (
    <EditorForm action={action} draftKey={draftKey} fieldLabels={POST_FIELD_LABELS}>
      {(state) => (
        <PostFields
          state={state}
          fields={fields}
          version={version}
          postId={postId}
          specialties={specialties}
          reviewers={reviewers}
          canSubmitForReview={canSubmitForReview}
          coverImage={coverImage}
          maxUploadBytes={maxUploadBytes}
        />
      )}
    </EditorForm>
  );
}

function PostFields({
  state,
  fields,
  version,
  postId,
  specialties,
  reviewers,
  canSubmitForReview,
  coverImage,
  maxUploadBytes,
}: Omit<Props, 'action' | 'draftKey'> & { state: FormState }) {
  const value = (name: string) => state.values?.[name] ?? fields[name] ?? '';
  const [kind, setKind] = useState(value('kind') || 'article');
  return (
    <>
      {postId !== null ? <input type="hidden" name="id" value={postId} /> : null}
      <input type="hidden" name="version" defaultValue={state.values?.version ?? String(version ?? 0)} />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField name="kind" label="Kind" state={state} options={KIND_OPTIONS} placeholder="Choose a kind" defaultValue={value('kind') || 'article'} onChange={setKind} />
        <SelectField name="access" label="Who may read it" state={state} options={ACCESS_OPTIONS} placeholder="Choose" defaultValue={value('access') || 'public'} />
      </div>
      <TextField name="title" label="Title" state={state} defaultValue={value('title')} maxLength={200} />
      <TextField
        name="slug"
        label="Address (slug)"
        state={state}
        required={false}
        defaultValue={value('slug')}
        maxLength={120}
        hint="Lower-case words joined by hyphens. Left empty, it is made from the title."
      />
      <TextField name="summary" label="Summary" state={state} multiline required={false} defaultValue={value('summary')} maxLength={600} />
      <MarkdownField name="body" label="Body (markdown)" state={state} defaultValue={value('body')} hint="## starts a section. Raw HTML is cleaned as on the public page." />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField name="specialtyId" label="Specialty" state={state} required={false} options={specialties} placeholder="No specialty" defaultValue={value('specialtyId')} />
        <TextField name="byline" label="Byline" state={state} required={false} defaultValue={value('byline')} maxLength={120} hint="Shown as the author when no account wrote it." />
      </div>
      {kind === 'condition' ? (
        <fieldset className="space-y-5 rounded-md border border-slate-300 p-4">
          <legend className="px-1 font-semibold text-slate-900">Medical review</legend>
          <SelectField name="reviewerId" label="Medical reviewer" state={state} required={false} options={reviewers} placeholder="Not reviewed yet" defaultValue={value('reviewerId')} />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField name="lastReviewedAt" label="Last reviewed" state={state} required={false} defaultValue={value('lastReviewedAt')} hint="YYYY-MM-DD" maxLength={10} />
            <TextField name="nextReviewDue" label="Next review due" state={state} required={false} defaultValue={value('nextReviewDue')} hint="YYYY-MM-DD" maxLength={10} />
          </div>
        </fieldset>
      ) : null}
      <CoverImageField state={state} defaultImage={coverImage} maxUploadBytes={maxUploadBytes} />
      <p className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" className={`${BUTTON} bg-brand-800 text-white hover:bg-brand-900`}>
          {postId === null ? 'Create draft' : 'Save'}
        </button>
        {postId !== null && canSubmitForReview ? (
          <button type="submit" name="intent" value="submit" className={`${BUTTON} border border-slate-400 bg-white text-slate-900 hover:bg-slate-100`}>
            Save and send for review
          </button>
        ) : null}
      </p>
    </>
  );
}
