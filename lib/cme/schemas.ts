import { z } from 'zod';
import { PRACTICE_CHANGES } from './types';

/*
 * The CME forms' inputs. Messages say what to do and sit beside the field they belong to.
 */

/** A post-test answer field's name: q and the question's id. */
export function answerFieldName(questionId: number): string {
  return `q${questionId}`;
}

const ANSWER_FIELD = /^q([1-9][0-9]{0,9})$/;
const OPTION_ID = /^[1-9][0-9]{0,9}$/;

/**
 * The post-test form: the activity's slug and one `q<question id>` field per answered question
 * (a radio group sends nothing when none is chosen). Which questions must be answered is known
 * only with the activity's questions: the action checks that (unansweredFieldErrors).
 */
export const PostTestInput = z
  .object({ slug: z.string().trim().min(1).max(120) })
  .catchall(z.string())
  .transform(({ slug, ...fields }) => {
    const answers: Record<string, number> = {};
    for (const [name, value] of Object.entries(fields)) {
      const question = ANSWER_FIELD.exec(name)?.[1];
      if (question && OPTION_ID.test(value) && Number(value) <= 2_147_483_647) answers[question] = Number(value);
    }
    return { slug, answers };
  });

export const UNANSWERED_MESSAGE = 'Choose an answer to this question.';

/** A message beside each question left unanswered, keyed by its field; empty when all are answered. */
export function unansweredFieldErrors(questionIds: number[], answers: Record<string, number>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const id of questionIds) if (answers[String(id)] === undefined) errors[answerFieldName(id)] = [UNANSWERED_MESSAGE];
  return errors;
}

export const EVALUATION_COMMENT_MAX_LENGTH = 2000;

const yesNo = (missing: string) =>
  z.enum(['yes', 'no'], { error: missing }).transform((value) => value === 'yes');

/** The evaluation after a pass: three questions and an optional comment. */
export const EvaluationInput = z.object({
  slug: z.string().trim().min(1).max(120),
  isRelevant: yesNo('Say whether the activity was relevant to your practice.'),
  isFreeOfBias: yesNo('Say whether the activity was free of commercial bias.'),
  practiceChange: z.enum(PRACTICE_CHANGES, { error: 'Say whether you will change your practice.' }),
  comment: z
    .string()
    .optional()
    .transform((value) => value?.replace(/\r\n/g, '\n').trim() || null)
    .refine((value) => value === null || value.length <= EVALUATION_COMMENT_MAX_LENGTH, {
      message: `Keep the comment to ${EVALUATION_COMMENT_MAX_LENGTH} characters.`,
    }),
});
