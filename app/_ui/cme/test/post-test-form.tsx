'use client';

import { useActionState } from 'react';
import { fieldsKey, FormMessage, RadioGroupField, SubmitButton, useFocusFirstError } from '@/app/_ui/forms/fields';
import type { CmeTestQuestion } from '@/lib/cme/types';
import { idleFormState } from '@/lib/form-state';
import { submitPostTest } from './actions';

/*
 * The post-test: every question on one page, each a fieldset whose legend is the question and
 * whose radio buttons are its options (arrow keys move between them, Tab to the next question).
 * A question left unanswered gets its message beside it; the answers chosen are kept.
 */

const ANSWER_PREFIX = 'q';

export function PostTestForm({ slug, questions }: { slug: string; questions: CmeTestQuestion[] }) {
  const [state, formAction] = useActionState(submitPostTest, idleFormState);
  const form = useFocusFirstError(state);
  return (
    <form ref={form} action={formAction} noValidate className="mt-8 space-y-8">
      <input type="hidden" name="slug" value={slug} />
      <FormMessage state={state} />
      <ol key={fieldsKey(state)} className="space-y-6">
        {questions.map((question, index) => (
          <li key={question.id}>
            <RadioGroupField
              name={`${ANSWER_PREFIX}${question.id}`}
              layout="stacked"
              legend={
                <>
                  <span className="sr-only">
                    Question {index + 1} of {questions.length}:{' '}
                  </span>
                  <span aria-hidden="true">{index + 1}. </span>
                  {question.prompt}
                </>
              }
              options={question.options.map((option) => ({ value: String(option.id), label: option.label }))}
              state={state}
            />
          </li>
        ))}
      </ol>
      <SubmitButton pendingText="Scoring…">Submit your answers</SubmitButton>
    </form>
  );
}
