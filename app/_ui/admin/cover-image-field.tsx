'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { FormState } from '@/lib/form-state';

/*
 * A cover image inside an editor's form: the file goes to POST /admin/images as soon as it is
 * chosen (XMLHttpRequest, for a real progress bar), which decides from the bytes what it is and
 * answers the stored image or a message shown here. The form itself carries only the image's id
 * (hidden `coverImageId`, empty for none) and its text alternative (`coverImageAlt`), never the
 * file: the file input has no name, so a save never sends megabytes to the server action.
 */

export type CoverImageValue = { id: number; url: string; width: number; height: number; alt: string };

type Props = {
  state: FormState;
  defaultImage: CoverImageValue | null;
  /** The server's limit (lib/admin/images.ts maxUploadBytes()), to say it and to refuse a larger file before sending it. */
  maxUploadBytes?: number;
};

type Picked = { id: number; url: string | null; width: number; height: number };

type UploadAnswer = { id: number; width: number; height: number; variants: Array<{ name: string; width: number; height: number; url: string }> };

/**
 * Images uploaded since the page loaded: after a refused save the fields mount again (keyed by
 * the form state) with only the kept id, and this finds its preview.
 */
const uploadedThisVisit = new Map<number, Picked>();

const ACCEPT = 'image/jpeg,image/png,image/webp,image/avif';

function initialImage(state: FormState, defaultImage: CoverImageValue | null): Picked | null {
  const kept = state.values?.coverImageId;
  if (kept === undefined) return defaultImage;
  if (kept === '') return null;
  const id = Number(kept);
  if (!Number.isInteger(id) || id <= 0) return defaultImage;
  if (defaultImage?.id === id) return defaultImage;
  return uploadedThisVisit.get(id) ?? { id, url: null, width: 0, height: 0 };
}

/** The message beside the field for an upload the server refused, or one that never reached it. */
function refusalMessage(status: number, body: unknown): string {
  const error = typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string' ? body.error : null;
  if (error) return error;
  if (status === 413) return 'The image is too large: make it smaller and upload it again.';
  if (status === 401) return 'Your session has ended: sign in again in another tab, then upload the image again.';
  if (status === 403) return 'You do not have access to upload images.';
  return 'The image could not be uploaded just now. Try again in a moment.';
}

function describeSize(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

export function CoverImageField({ state, defaultImage, maxUploadBytes = 8 * 1024 * 1024 }: Props) {
  const id = useId();
  const [image, setImage] = useState<Picked | null>(() => initialImage(state, defaultImage));
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const request = useRef<XMLHttpRequest | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => () => request.current?.abort(), []);

  const fileError = uploadError ?? (state.fieldErrors?.coverImageId?.join(' ') || null);
  const altError = state.fieldErrors?.coverImageAlt?.join(' ') || null;
  const isUploading = progress !== null;

  function upload(file: File) {
    request.current?.abort();
    if (file.size > maxUploadBytes) {
      // The server would refuse it too: spare the wait.
      setUploadError(`The image is larger than ${describeSize(maxUploadBytes)}: make it smaller and upload it again.`);
      if (fileInput.current) fileInput.current.value = '';
      return;
    }
    setUploadError(null);
    setProgress(0);
    setAnnouncement(`Uploading ${file.name}…`);
    const form = new FormData();
    form.set('file', file);
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open('POST', '/admin/images');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(Math.min(100, Math.round((event.loaded / event.total) * 100)));
    };
    xhr.onload = () => {
      request.current = null;
      setProgress(null);
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's or middleware's refusal): the status says enough.
      }
      if (xhr.status === 200 || xhr.status === 201) {
        const answer = body as UploadAnswer;
        // The copy closest to the preview's size: 640 wide when there is one.
        const preview = answer.variants.find((v) => v.width >= 640) ?? answer.variants.at(-1)!;
        const picked = { id: answer.id, url: preview.url, width: preview.width, height: preview.height };
        uploadedThisVisit.set(answer.id, picked);
        setImage(picked);
        setAnnouncement('Image uploaded. Describe it in the text alternative below.');
      } else {
        const message = refusalMessage(xhr.status, body);
        setUploadError(message);
        setAnnouncement('');
      }
      if (fileInput.current) fileInput.current.value = '';
    };
    xhr.onerror = () => {
      request.current = null;
      setProgress(null);
      setUploadError('The upload did not finish: check your connection and try again.');
      setAnnouncement('');
    };
    xhr.onabort = () => {
      setProgress(null);
      setAnnouncement('Upload cancelled.');
    };
    xhr.send(form);
  }

  function cancel() {
    request.current?.abort();
    request.current = null;
    if (fileInput.current) fileInput.current.value = '';
  }

  function remove() {
    setImage(null);
    setUploadError(null);
    setAnnouncement('Image removed. Save to keep the change.');
  }

  const describedBy = [fileError ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(' ');
  return (
    <fieldset className="min-w-0 rounded-md border border-slate-300 p-4">
      <legend className="px-1 font-semibold text-slate-900">Cover image</legend>
      <input type="hidden" name="coverImageId" value={image ? String(image.id) : ''} />

      {image ? (
        <div className="mt-2">
          {image.url ? (
            // eslint-disable-next-line @next/next/no-img-element -- our own resized copy, already the right size
            <img src={image.url} width={image.width} height={image.height} alt="Preview of the cover image" className="h-auto max-h-64 w-auto max-w-full rounded border border-slate-200" />
          ) : (
            <p className="text-slate-700">Image {image.id} is chosen (its preview shows after saving).</p>
          )}
          <button
            type="button"
            onClick={remove}
            className="mt-3 inline-flex min-h-11 items-center justify-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
          >
            Remove image
          </button>
        </div>
      ) : null}

      <div className="mt-3">
        <label htmlFor={`${id}-file`} className="block font-semibold text-slate-900">
          {image ? 'Replace with another image' : 'Choose an image'}
          <span className="font-normal text-slate-700"> (optional)</span>
        </label>
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          JPEG, PNG, WebP or AVIF, up to {describeSize(maxUploadBytes)}. It uploads as soon as you choose it; readers get copies resized to fit their screens.
        </p>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          accept={ACCEPT}
          disabled={isUploading}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) upload(file);
          }}
          className="mt-1 block w-full max-w-full text-slate-900 file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-4 file:font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
        />
        {fileError ? (
          <p id={`${id}-error`} className="mt-1 font-medium text-red-800">
            <span aria-hidden="true">⚠ </span>
            {fileError}
          </p>
        ) : null}
      </div>

      {isUploading ? (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <label htmlFor={`${id}-progress`} className="text-slate-900">
            Uploading image
          </label>
          <progress id={`${id}-progress`} max={100} value={progress} className="h-3 w-48 max-w-full">
            {progress}%
          </progress>
          <span className="tabular-nums text-slate-900" aria-hidden="true">
            {progress}%
          </span>
          <button
            type="button"
            onClick={cancel}
            className="inline-flex min-h-11 items-center justify-center rounded-md border border-slate-400 bg-white px-4 font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
          >
            Cancel upload
          </button>
        </div>
      ) : null}

      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>

      <div className="mt-4">
        <label htmlFor={`${id}-alt`} className="block font-semibold text-slate-900">
          Text alternative
          {image ? null : <span className="font-normal text-slate-700"> (with an image)</span>}
        </label>
        <p id={`${id}-alt-hint`} className="mt-1 text-sm text-slate-700">
          What the picture shows, for readers who cannot see it. Leave it empty only when the image is decoration.
        </p>
        <input
          id={`${id}-alt`}
          name="coverImageAlt"
          type="text"
          maxLength={300}
          defaultValue={state.values?.coverImageAlt ?? defaultImage?.alt ?? ''}
          aria-invalid={altError ? true : undefined}
          aria-describedby={[altError ? `${id}-alt-error` : null, `${id}-alt-hint`].filter(Boolean).join(' ')}
          className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-700 focus:outline-2 focus:outline-offset-1 focus:outline-brand-700 ${altError ? 'border-red-700' : 'border-slate-400'}`}
        />
        {altError ? (
          <p id={`${id}-alt-error`} className="mt-1 font-medium text-red-800">
            <span aria-hidden="true">⚠ </span>
            {altError}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
