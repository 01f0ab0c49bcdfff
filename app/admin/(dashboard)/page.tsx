import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { DateText, DayText } from '@/app/_ui/content/meta';
import { ViewsChart } from '@/app/_ui/admin/views-chart';
import { requireStaffPage } from '@/lib/admin/auth';
import { DASHBOARD_KINDS, getDashboard, REVIEW_DUE_DAYS, type DashboardKind } from '@/lib/admin/dashboard';

export const metadata: Metadata = { title: 'Dashboard' };

const KIND_LABELS: Record<DashboardKind, string> = {
  condition: 'Condition articles',
  news: 'News',
  article: 'Articles',
  event: 'Events',
  video: 'Videos',
  cme: 'CME activities',
};

const POST_KIND_LABELS: Record<string, string> = { condition: 'Condition', news: 'News', article: 'Article' };

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id={id} className="text-xl font-bold text-slate-900">{title}</h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="text-slate-700">{children}</p>;
}

const TH = 'py-2 pr-3 font-semibold';
const TD = 'py-2 pr-3';

/** A share in whole per cent, or a dash when there was nothing to count. */
const percent = (value: number | null) => (value === null ? '–' : `${value} %`);

/**
 * The staff dashboard. What each role sees (lib/admin/dashboard.ts): authors the published counts,
 * page views and their own drafts; editors also the review queue, the CME results and the
 * condition articles due for review; admins also the users by status.
 */
export default async function AdminDashboardPage() {
  const viewer = await requireStaffPage('admin.enter', '/admin');
  const dashboard = await getDashboard(viewer);
  const { drafts } = dashboard;
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Dashboard</h1>
      <p className="mt-2 text-slate-700">Signed in as {viewer.name} ({viewer.role}).</p>
      <div className="mt-6 grid gap-6">
        <Panel id="panel-published" title="Published">
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
            {DASHBOARD_KINDS.map((kind) => (
              <div key={kind} className="rounded-md bg-slate-50 p-3">
                <dt className="text-sm text-slate-700">{KIND_LABELS[kind]}</dt>
                <dd className="text-2xl font-bold tabular-nums text-slate-900">{dashboard.published[kind]}</dd>
              </div>
            ))}
          </dl>
        </Panel>

        <Panel id="panel-drafts" title={drafts.scope === 'review' ? 'Drafts awaiting review' : 'Your drafts'}>
          {drafts.rows.length === 0 ? (
            <Empty>{drafts.scope === 'review' ? 'No draft is waiting for review.' : 'You have no drafts.'}</Empty>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="sr-only">{drafts.scope === 'review' ? 'Drafts submitted for review, oldest request first' : 'Your drafts, last changed first'}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className={TH}>Title</th>
                    <th scope="col" className={TH}>Kind</th>
                    <th scope="col" className={TH}>{drafts.scope === 'review' ? 'Author' : 'Review'}</th>
                    <th scope="col" className={TH}>{drafts.scope === 'review' ? 'Submitted' : 'Last changed'}</th>
                  </tr>
                </thead>
                <tbody>
                  {drafts.rows.map((row) => (
                    <tr key={row.id} className="border-b border-slate-200">
                      <td className={TD}><Link href={`/admin/posts/${row.id}`} className="link">{row.title}</Link></td>
                      <td className={TD}>{POST_KIND_LABELS[row.kind] ?? row.kind}</td>
                      <td className={TD}>{drafts.scope === 'review' ? (row.authorName ?? 'Unknown') : row.reviewRequestedAt ? 'Submitted' : 'Not submitted'}</td>
                      <td className={TD}><DateText value={drafts.scope === 'review' && row.reviewRequestedAt ? row.reviewRequestedAt : row.updatedAt} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Panel>

        <Panel id="panel-views" title="Page views">
          {dashboard.viewsPerDay.every((d) => d.views === 0) ? <Empty>No page views were counted in the last 30 days.</Empty> : null}
          <ViewsChart days={dashboard.viewsPerDay} captionId="views-chart-caption" />
        </Panel>

        {dashboard.reviewDue ? (
          <Panel id="panel-review-due" title="Condition articles due for review">
            {dashboard.reviewDue.length === 0 ? (
              <Empty>No condition article is due for review in the next {REVIEW_DUE_DAYS} days.</Empty>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-left text-sm">
                  <caption className="sr-only">Condition articles whose next review is past or within {REVIEW_DUE_DAYS} days, most overdue first</caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className={TH}>Title</th>
                      <th scope="col" className={TH}>Next review</th>
                      <th scope="col" className={TH}>Status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {dashboard.reviewDue.map((row) => (
                      <tr key={row.id} className="border-b border-slate-200">
                        <td className={TD}><Link href={`/admin/posts/${row.id}`} className="link">Edit {row.title}</Link></td>
                        <td className={TD}>
                          <DayText value={row.nextReviewDue} />
                          {row.isOverdue ? <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 font-semibold text-red-900">Overdue</span> : null}
                        </td>
                        <td className={TD}>{row.status}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Panel>
        ) : null}

        {dashboard.cme ? (
          <Panel id="panel-cme" title="CME">
            <p className="text-slate-800">
              Last 30 days: <strong>{dashboard.cme.last30Days.passes}</strong> passes of {dashboard.cme.last30Days.attempts} post-test attempts
              {dashboard.cme.last30Days.passRatePercent === null ? ' (no attempts, no pass rate)' : `, a pass rate of ${dashboard.cme.last30Days.passRatePercent} %`}.
            </p>
            <h3 className="mt-4 font-semibold text-slate-900">Evaluations by activity</h3>
            {dashboard.cme.activities.length === 0 ? (
              <Empty>No CME activity yet.</Empty>
            ) : (
              <div className="mt-2 overflow-x-auto">
                <table className="w-full border-collapse text-left text-sm">
                  <caption className="sr-only">Each CME activity&apos;s attempts, pass rate and evaluation answers, all time</caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className={TH}>Activity</th>
                      <th scope="col" className={TH}>Attempts</th>
                      <th scope="col" className={TH}>Pass rate</th>
                      <th scope="col" className={TH}>Evaluations</th>
                      <th scope="col" className={TH}>Relevant</th>
                      <th scope="col" className={TH}>Free of bias</th>
                      <th scope="col" className={TH}>Will change practice</th>
                    </tr>
                  </thead>
                  <tbody>
                    {dashboard.cme.activities.map((a) => (
                      <tr key={a.activityId} className="border-b border-slate-200">
                        <th scope="row" className={`${TD} font-normal`}>{a.title}</th>
                        <td className={`${TD} tabular-nums`}>{a.attempts}</td>
                        <td className={`${TD} tabular-nums`}>{percent(a.passRatePercent)}</td>
                        <td className={`${TD} tabular-nums`}>{a.evaluations.count}</td>
                        <td className={`${TD} tabular-nums`}>{percent(a.evaluations.relevantPercent)}</td>
                        <td className={`${TD} tabular-nums`}>{percent(a.evaluations.freeOfBiasPercent)}</td>
                        <td className={`${TD} tabular-nums`}>{a.evaluations.practiceChange.yes}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Panel>
        ) : null}

        {dashboard.users ? (
          <Panel id="panel-users" title="Users">
            <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
              <div className="rounded-md bg-slate-50 p-3">
                <dt className="text-sm text-slate-700">Active</dt>
                <dd className="text-2xl font-bold tabular-nums text-slate-900">{dashboard.users.active}</dd>
              </div>
              <div className="rounded-md bg-slate-50 p-3">
                <dt className="text-sm text-slate-700">Deactivated (in the grace period)</dt>
                <dd className="text-2xl font-bold tabular-nums text-slate-900">{dashboard.users.deactivated}</dd>
              </div>
              <div className="rounded-md bg-slate-50 p-3">
                <dt className="text-sm text-slate-700">Deleted</dt>
                <dd className="text-2xl font-bold tabular-nums text-slate-900">{dashboard.users.deleted}</dd>
              </div>
            </dl>
          </Panel>
        ) : null}
      </div>
    </div>
  );
}
