import Link from 'next/link';
import type { ReactNode } from 'react';
import type { CmeContent, CmeProgress, CmeTeaser } from '@/lib/cme/types';
import { Breadcrumbs } from '@/app/_ui/content/breadcrumbs';
import { DayText } from '@/app/_ui/content/meta';
import { Prose } from '@/app/_ui/content/prose';
import { VideoEmbed } from '@/app/_ui/content/video-embed';
import { creditsLabel, formatAttemptTime } from '@/lib/cme/format';
import { FORMAT_LABELS } from './cme-activity-list';
import { cmeActivityPath, cmeListHref, cmeSignInHref } from './paths';

/*
 * A CME activity's page: the same frame for everyone, the teaser's facts for everyone, and in
 * the middle either the sign-in call to action (the cached teaser, and a reader whose session
 * is not live) or the content with the reader's progress (a signed-in doctor, per request).
 */

function ActivityFrame({ teaser, children }: { teaser: CmeTeaser; children: ReactNode }) {
  const list = cmeListHref({ archive: teaser.isExpired, specialty: null, page: 1 });
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:px-6 sm:py-8">
      <Breadcrumbs trail={[{ href: '/cme', label: 'CME' }, ...(teaser.isExpired ? [{ href: list, label: 'Archive' }] : [])]} current={teaser.title} />
      <article className="mt-6">
        <header>
          <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">
            CME activity{teaser.specialty ? ` · ${teaser.specialty.name}` : ''}
          </p>
          <h1 className="mt-2 text-[1.75rem] leading-tight font-bold tracking-tight text-slate-900 sm:text-4xl">{teaser.title}</h1>
          <p className="mt-4 text-lg leading-relaxed text-slate-700">{teaser.summary}</p>
          <ActivityFacts teaser={teaser} />
          {teaser.isExpired ? (
            <p className="mt-4 rounded-md border border-slate-300 bg-slate-50 p-3 text-slate-800">
              This activity expired on <DayText value={teaser.expiryDate} /> and no longer offers credit.
            </p>
          ) : null}
        </header>
        {children}
        <AboutActivity teaser={teaser} />
      </article>
    </div>
  );
}

function ActivityFacts({ teaser }: { teaser: CmeTeaser }) {
  const facts: Array<[string, ReactNode]> = [
    ['Credits', creditsLabel(teaser.credits)],
    ['Format', FORMAT_LABELS[teaser.format]],
    ['Released', <DayText key="r" value={teaser.releaseDate} />],
    [teaser.isExpired ? 'Expired' : 'Expires', <DayText key="e" value={teaser.expiryDate} />],
    ['Post-test', `${teaser.questionCount} ${teaser.questionCount === 1 ? 'question' : 'questions'}, pass mark ${teaser.passMark}%`],
  ];
  return (
    <dl className="mt-5 grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm sm:grid-cols-2">
      {facts.map(([label, value]) => (
        <div key={label} className="flex flex-wrap gap-x-1.5">
          <dt className="font-semibold text-slate-800">{label}</dt>{' '}
          <dd className="text-slate-700">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function AboutActivity({ teaser }: { teaser: CmeTeaser }) {
  return (
    <div className="mt-10 space-y-8">
      <section aria-labelledby="objectives">
        <h2 id="objectives" className="text-2xl font-bold text-slate-900">
          Learning objectives
        </h2>
        <p className="mt-2 text-slate-700">After this activity you should be able to:</p>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
          {teaser.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="faculty">
        <h2 id="faculty" className="text-2xl font-bold text-slate-900">
          Faculty and disclosures
        </h2>
        <ul className="mt-3 space-y-3">
          {teaser.faculty.map((person) => (
            <li key={person.name} className="rounded-md border border-slate-200 p-3">
              <p className="font-semibold text-slate-900">{person.name}</p>
              <p className="text-sm text-slate-700">{person.role}</p>
              <p className="mt-1 text-sm text-slate-800">
                <span className="font-semibold">Disclosure:</span> {person.disclosure}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="accreditation">
        <h2 id="accreditation" className="text-2xl font-bold text-slate-900">
          Accreditation
        </h2>
        <p className="mt-2 text-slate-800">{teaser.accreditationStatement}</p>
      </section>
    </div>
  );
}

/** What anyone sees: the cached teaser, and a reader whose session is not live. */
export function CmeTeaserView({ teaser }: { teaser: CmeTeaser }) {
  return (
    <ActivityFrame teaser={teaser}>
      <section aria-labelledby="sign-in-to-read" className="mt-8 rounded-lg border border-brand-100 bg-brand-50 p-5">
        <h2 id="sign-in-to-read" className="text-xl font-bold text-slate-900">
          Sign in to take part
        </h2>
        <p className="mt-2 text-slate-800">
          The {teaser.format === 'video' ? 'video, notes' : 'full text'} and the post-test are for registered doctors. Signing in brings you back
          to this page.
        </p>
        <p className="mt-4 flex flex-wrap items-center gap-4">
          <Link href={cmeSignInHref(teaser.slug)} className="inline-flex min-h-11 items-center rounded-md bg-brand-800 px-4 font-semibold text-white hover:bg-brand-900">
            Sign in to start this activity
          </Link>
          <Link href="/register" className="link">
            Create a free account
          </Link>
        </p>
      </section>
    </ActivityFrame>
  );
}


/** A signed-in doctor's view: the content, where they stand, and the way on. */
export function CmeFullView({ content, progress, isEmailVerified }: { content: CmeContent; progress: CmeProgress; isEmailVerified: boolean }) {
  return (
    <ActivityFrame teaser={content}>
      <ProgressPanel content={content} progress={progress} isEmailVerified={isEmailVerified} />
      {content.videoUrl ? (
        <div className="mt-8">
          <VideoEmbed title={content.title} src={content.videoUrl} providerName={content.videoUrl.includes('vimeo') ? 'Vimeo' : 'YouTube'} />
        </div>
      ) : null}
      <section aria-label="Activity content" className="mt-8">
        <Prose html={content.bodyHtml} />
      </section>
      <div className="mt-8">
        <TestAction content={content} progress={progress} isEmailVerified={isEmailVerified} />
      </div>
    </ActivityFrame>
  );
}

const STATE_LABELS: Record<CmeProgress['state'], string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  passed: 'Passed',
};

function ProgressPanel({ content, progress, isEmailVerified }: { content: CmeContent; progress: CmeProgress; isEmailVerified: boolean }) {
  return (
    <section aria-labelledby="your-progress" className="mt-8 rounded-lg border border-slate-300 p-5">
      <h2 id="your-progress" className="text-xl font-bold text-slate-900">
        Your progress
      </h2>
      <p className="mt-2 text-slate-800" data-progress-state={progress.state}>
        <span className="font-semibold">{STATE_LABELS[progress.state]}</span>
        {progress.state !== 'passed' ? (
          <span>
            {' '}
            · {progress.attemptsInWindow} of {progress.maxAttempts} attempts used
          </span>
        ) : null}
      </p>
      {progress.state === 'passed' ? (
        <p className="mt-2">
          {progress.isEvaluated ? (
            <Link href="/account/cme" className="link">
              See your certificate in your CME transcript
            </Link>
          ) : (
            <Link href={`${cmeActivityPath(content.slug)}/evaluation`} className="link">
              Complete the evaluation to get your certificate
            </Link>
          )}
        </p>
      ) : null}
      {!isEmailVerified && progress.state !== 'passed' ? (
        <p className="mt-2 text-slate-800">
          Verify your email address before taking the post-test: see{' '}
          <Link href="/account" className="link">
            your account
          </Link>
          .
        </p>
      ) : null}
    </section>
  );
}

function TestAction({ content, progress, isEmailVerified }: { content: CmeContent; progress: CmeProgress; isEmailVerified: boolean }) {
  if (progress.state === 'passed') return null;
  if (content.isExpired) return <p className="text-slate-800">The post-test is closed: this activity has expired.</p>;
  if (progress.nextAttemptAt) {
    return (
      <p className="text-slate-800">
        You have used all {progress.maxAttempts} attempts for now. You can try again at{' '}
        <time dateTime={progress.nextAttemptAt.toISOString()}>{formatAttemptTime(progress.nextAttemptAt)}</time>.
      </p>
    );
  }
  if (!isEmailVerified) return null;
  return (
    <Link
      href={`${cmeActivityPath(content.slug)}/test`}
      prefetch={false}
      className="inline-flex min-h-11 items-center rounded-md bg-brand-800 px-4 font-semibold text-white hover:bg-brand-900"
    >
      Take the post-test
    </Link>
  );
}
