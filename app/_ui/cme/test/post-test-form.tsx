'use client';

import { useActionState, useId } from 'react';
import { fieldsKey, FormMessage, SubmitButton } from '@/app/_ui/forms/fields';
import { useFocusFirstUnanswered } from './focus';
import type { CmeTestQuestion } from '@/lib/cme/types';
import { idleFormState, type FormState } from '@/lib/form-state';
import { submitPostTest } from './actions';

/*
 * The post-test: every question on one page, each a fieldset whose legend is the question and
 * whose radio buttons are its options (arrow keys move between them, Tab to the next question).
 * A question left unanswered gets its message beside it; the answers chosen are kept.
 */

const ANSWER_PREFIX = 'q';

export function PostTestForm({ slug, questions }: { slug: string; questions: CmeTestQuestion[] }) {
  const [state, formAction] = useActionState(submitPostTest, idleFormState);
  const form = useFocusFirstUnanswered(state);
  return (
    <form ref={form} action={formAction} noValidate className="mt-8 space-y-8">
      <input type="hidden" name="slug" value={slug} />
      <FormMessage state={state} />
      <ol key={fieldsKey(state)} className="space-y-6">
        {questions.map((question, index) => (
          <li key={question.id}>
            <QuestionFieldset question={question} number={index + 1} total={questions.length} state={state} />
          </li>
        ))}
      </ol>
      <SubmitButton pendingText="Scoring…">Submit your answers</SubmitButton>
    </form>
  );
}

function QuestionFieldset({ question, number, total, state }: { question: CmeTestQuestion; number: number; total: number; state: FormState }) {
  const id = useId();
  const name = `${ANSWER_PREFIX}${question.id}`;
  const error = state.fieldErrors?.[name]?.join(' ');
  const kept = state.values?.[name];
  return (
    <fieldset
      data-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      className={`rounded-md border p-4 sm:p-5 ${error ? 'border-red-700' : 'border-slate-300'}`}
    >
      <legend className="px-1 font-semibold text-slate-900">
        <span className="sr-only">
          Question {number} of {total}:{' '}
        </span>
        <span aria-hidden="true">{number}. </span>
        {question.prompt}
      </legend>
      {error ? (
        <p id={`${id}-error`} className="mt-1 font-medium text-red-800">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <div className="mt-3 space-y-2">
        {question.options.map((option) => (
          <label
            key={option.id}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-slate-300 px-3 py-3 text-slate-900 hover:bg-slate-50 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name={name}
              value={option.id}
              defaultChecked={kept === String(option.id)}
              aria-describedby={error ? `${id}-error` : undefined}
              className="mt-1 h-5 w-5 shrink-0 accent-brand-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
