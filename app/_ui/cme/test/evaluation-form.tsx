'use client';

import { useActionState } from 'react';
import { fieldsKey, FormMessage, RadioGroupField, SubmitButton, TextField, useFocusFirstError } from '@/app/_ui/forms/fields';
import { idleFormState } from '@/lib/form-state';
import { submitCmeEvaluation } from './actions';

/* The evaluation after a pass: three questions answered with radio buttons, and a comment. */

const COMMENT_MAX_LENGTH = 2000;
const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export function EvaluationForm({ slug }: { slug: string }) {
  const [state, formAction] = useActionState(submitCmeEvaluation, idleFormState);
  const form = useFocusFirstError(state);
  return (
    <form ref={form} action={formAction} noValidate className="mt-8 space-y-6">
      <input type="hidden" name="slug" value={slug} />
      <FormMessage state={state} />
      <div key={fieldsKey(state)} className="space-y-6">
        <RadioGroupField name="isRelevant" legend="Was this activity relevant to your practice?" options={YES_NO} state={state} />
        <RadioGroupField name="isFreeOfBias" legend="Was it free of commercial bias?" options={YES_NO} state={state} />
        <RadioGroupField
          name="practiceChange"
          legend="Will you change your practice because of it?"
          options={[...YES_NO, { value: 'unsure', label: 'Not sure yet' }]}
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
