import { describe, expect, it } from 'vitest';
import { EvaluationInput, PostTestInput, unansweredFieldErrors } from './schemas';

describe('PostTestInput', () => {
  it('reads q<question id> fields as answers and ignores anything else', () => {
    const parsed = PostTestInput.parse({ slug: 'a-test', q12: '34', q13: 'x', q0: '5', other: '7', q14: '99999999999' });
    expect(parsed).toEqual({ slug: 'a-test', answers: { '12': 34 } });
  });

  it('names each unanswered question with a message beside it', () => {
    expect(unansweredFieldErrors([1, 2, 3], { '2': 9 })).toEqual({ q1: ['Choose an answer to this question.'], q3: ['Choose an answer to this question.'] });
    expect(unansweredFieldErrors([1], { '1': 9 })).toEqual({});
  });
});

describe('EvaluationInput', () => {
  it('turns the answers into booleans and keeps a trimmed comment, or none', () => {
    expect(EvaluationInput.parse({ slug: 's', isRelevant: 'yes', isFreeOfBias: 'no', practiceChange: 'unsure', comment: '  Good.  ' })).toEqual({
      slug: 's',
      isRelevant: true,
      isFreeOfBias: false,
      practiceChange: 'unsure',
      comment: 'Good.',
    });
    expect(EvaluationInput.parse({ slug: 's', isRelevant: 'no', isFreeOfBias: 'yes', practiceChange: 'no', comment: '   ' }).comment).toBeNull();
  });

  it('asks for each missing answer and refuses a comment over 2000 characters', () => {
    const result = EvaluationInput.safeParse({ slug: 's', comment: 'x'.repeat(2001) });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => String(i.path[0]));
    expect(fields.sort()).toEqual(['comment', 'isFreeOfBias', 'isRelevant', 'practiceChange']);
  });
});
