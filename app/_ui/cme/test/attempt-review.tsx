import type { CmeAttemptResult } from '@/lib/cme/types';

/** Each question of a submitted attempt: right or not (said in words, not only colour), the answers, the explanation. */
export function AttemptReview({ result }: { result: CmeAttemptResult }) {
  return (
    <section aria-labelledby="review-title" className="mt-10">
      <h2 id="review-title" className="text-2xl font-bold text-slate-900">
        Your answers
      </h2>
      <ol className="mt-4 space-y-6">
        {result.questions.map((question, index) => {
          const chosen = question.options.find((o) => o.id === question.chosenOptionId);
          const right = question.options.find((o) => o.id === question.correctOptionId);
          return (
            <li
              key={question.id}
              className={`rounded-md border-l-4 bg-white p-4 shadow-sm ring-1 ring-slate-200 ${question.isCorrect ? 'border-emerald-700' : 'border-red-700'}`}
            >
              <h3 className="font-semibold text-slate-900">
                {index + 1}. {question.prompt}
              </h3>
              <p className={`mt-2 font-semibold ${question.isCorrect ? 'text-emerald-800' : 'text-red-800'}`}>
                <span aria-hidden="true">{question.isCorrect ? '✓ ' : '✗ '}</span>
                {question.isCorrect ? 'Right' : 'Wrong'}
              </p>
              <dl className="mt-2 space-y-1 text-slate-800">
                <div>
                  <dt className="inline font-medium">Your answer: </dt>
                  <dd className="inline">{chosen ? chosen.label : 'Not answered'}</dd>
                </div>
                {question.isCorrect ? null : (
                  <div>
                    <dt className="inline font-medium">The right answer: </dt>
                    <dd className="inline">{right ? right.label : '—'}</dd>
                  </div>
                )}
              </dl>
              {question.explanation ? <p className="mt-3 text-slate-700">{question.explanation}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
