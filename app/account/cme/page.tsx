import type { Metadata } from 'next';
import Link from 'next/link';
import { requireUser } from '@/lib/auth/session';
import { certificatePdfPath } from '@/lib/cme/certificates';
import { DayText } from '@/app/_ui/content/meta';
import { creditsLabel, formatCredits } from '@/lib/cme/format';
import { formatDate } from '@/lib/content/format';
import { getTranscript } from '@/lib/cme/transcript';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'CME transcript', robots: { index: false } };

export default async function CmeTranscriptPage() {
  const viewer = await requireUser('/account/cme');
  const { entries, creditsByYear } = await getTranscript(viewer.id);
  return (
    <section aria-labelledby="cme-title">
      <h1 id="cme-title" className="text-2xl font-bold text-slate-900">
        CME transcript
      </h1>
      {entries.length === 0 ? (
        <div className="mt-6 rounded-lg border border-dashed border-slate-300 p-6 text-center">
          <p className="font-semibold text-slate-900">No CME credits yet.</p>
          <p className="mt-2 text-slate-700">
            Pass the post-test of a <Link href="/cme" className="link">CME activity</Link> and its certificate and credits show here.
          </p>
        </div>
      ) : (
        <>
          <p className="mt-2 text-slate-800">
            The activities you have passed, with their credits and certificates. Anyone can check a certificate&apos;s code at{' '}
            <Link href="/cme/verify" className="link">
              /cme/verify
            </Link>
            .
          </p>

          <h2 className="mt-8 text-lg font-semibold text-slate-900">Credits per year</h2>
          <ul className="mt-3 flex flex-wrap gap-3">
            {creditsByYear.map(({ year, credits }) => (
              <li key={year} className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3">
                <span className="block text-sm text-slate-700">{year}</span>
                <span className="block text-xl font-bold text-slate-900">
                  {creditsLabel(formatCredits(credits))}
                </span>
              </li>
            ))}
          </ul>

          <div className="mt-8">
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left text-lg font-semibold text-slate-900">Passed activities</caption>
              <thead>
                <tr className="border-b border-slate-300 text-sm text-slate-700">
                  <th scope="col" className="py-2 pr-3 font-semibold sm:pr-4">Activity</th>
                  {/* On a phone the credits and date go under the title (below), not in columns of their own. */}
                  <th scope="col" className="hidden py-2 pr-4 font-semibold sm:table-cell">Credits</th>
                  <th scope="col" className="hidden py-2 pr-4 font-semibold sm:table-cell">Issued</th>
                  <th scope="col" className="py-2 pr-3 font-semibold sm:pr-4">Certificate</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.code} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-3 pr-3 font-normal break-words sm:pr-4">
                      <Link href={`/cme/${entry.activitySlug}`} className="link font-semibold">
                        {entry.activityTitle}
                      </Link>
                      <span className="mt-1 block text-sm text-slate-700 sm:hidden">
                        {creditsLabel(formatCredits(entry.credits))} · {formatDate(entry.issuedAt)}
                      </span>
                    </th>
                    <td className="hidden py-3 pr-4 text-slate-800 sm:table-cell">{formatCredits(entry.credits)}</td>
                    <td className="hidden py-3 pr-4 whitespace-nowrap text-slate-800 sm:table-cell">
                      <DayText value={entry.issuedAt} />
                    </td>
                    <td className="py-3 pr-3 sm:pr-4">
                      {entry.isEvaluated ? (
                        <>
                          {/* A plain link: the browser opens the PDF itself. */}
                          <a href={certificatePdfPath(entry.code)} className="link font-semibold">
                            PDF<span className="sr-only"> certificate for {entry.activityTitle}</span>
                          </a>
                          <span className="mt-1 hidden font-mono text-sm text-slate-700 sm:block">{entry.code}</span>
                        </>
                      ) : (
                        <Link href={`/cme/${entry.activitySlug}/evaluation`} className="link font-semibold">
                          Complete the evaluation<span className="sr-only"> for {entry.activityTitle}</span>
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>

          <p className="mt-6">
            <a
              href="/account/cme/transcript.csv"
              download
              className="inline-flex rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
            >
              Download the transcript (CSV)
            </a>
          </p>
        </>
      )}
    </section>
  );
}
