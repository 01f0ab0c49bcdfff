'use client';

import { useActionState, useId } from 'react';
import { fieldsKey, FormMessage, SubmitButton, TextField } from '@/app/_ui/forms/fields';
import { useFocusFirstUnanswered } from './focus';
import { idleFormState, type FormState } from '@/lib/form-state';
import { submitCmeEvaluation } from './actions';

/* The evaluation after a pass: three questions answered with radio buttons, and a comment. */

const COMMENT_MAX_LENGTH = 2000;

export function EvaluationForm({ slug }: { slug: string }) {
  const [state, formAction] = useActionState(submitCmeEvaluation, idleFormState);
  const form = useFocusFirstUnanswered(state);
  return (
    <form ref={form} action={formAction} noValidate className="mt-8 space-y-6">
      <input type="hidden" name="slug" value={slug} />
      <FormMessage state={state} />
      <div key={fieldsKey(state)} className="space-y-6">
        <Choice
          name="isRelevant"
          legend="Was this activity relevant to your practice?"
          choices={[
            ['yes', 'Yes'],
            ['no', 'No'],
          ]}
          state={state}
        />
        <Choice
          name="isFreeOfBias"
          legend="Was it free of commercial bias?"
          choices={[
            ['yes', 'Yes'],
            ['no', 'No'],
          ]}
          state={state}
        />
        <Choice
          name="practiceChange"
          legend="Will you change your practice because of it?"
          choices={[
            ['yes', 'Yes'],
            ['no', 'No'],
            ['unsure', 'Not sure yet'],
          ]}
          state={state}
        />
        <TextField
          name="comment"
          label="Comment"
          multiline
          required={false}
          maxLength={COMMENT_MAX_LENGTH}
          hint={`Anything you would like the faculty to know (up to ${COMMENT_MAX_LENGTH} characters).`}
          state={state}
        />
      </div>
      <SubmitButton pendingText="Sending…">Send the evaluation</SubmitButton>
    </form>
  );
}

function Choice({ name, legend, choices, state }: { name: string; legend: string; choices: Array<[string, string]>; state: FormState }) {
  const id = useId();
  const error = state.fieldErrors?.[name]?.join(' ');
  const kept = state.values?.[name];
  return (
    <fieldset data-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-semibold text-slate-900">{legend}</legend>
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-medium text-red-800">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-3">
        {choices.map(([value, label]) => (
          <label
            key={value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-4 py-2 text-slate-900 hover:bg-slate-50 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name={name}
              value={value}
              defaultChecked={kept === value}
              aria-describedby={error ? `${id}-error` : undefined}
              className="h-5 w-5 accent-brand-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
