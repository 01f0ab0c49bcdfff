import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { DateText } from '@/app/_ui/content/meta';
import { DateTimeText, TableFrame, TD, TH } from '@/app/_ui/admin/list-parts';
import { ROLE_LABELS, STANDING_LABELS } from '@/app/_ui/admin/user-labels';
import { DeactivateUserForm, ReactivateUserForm, RegistrationForm, RoleForm } from '@/app/_ui/admin/user-forms';
import { requireStaffPage } from '@/lib/admin/auth';
import { summariseDetails } from '@/lib/admin/audit-log';
import { getUserProfile } from '@/lib/admin/users';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'User' };

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-3">
      <dt className="font-semibold text-slate-900">{term}</dt>
      <dd className="break-words text-slate-800 sm:col-span-2">{children}</dd>
    </div>
  );
}

const SECTION = 'mt-8 rounded-lg border border-slate-200 p-4 sm:p-6';

/** What the deactivate and reactivate actions say once done (they come back here with ?done=). */
const DONE = {
  deactivated: 'Account deactivated. Their sessions have ended; it can be reactivated during the grace period.',
  reactivated: 'Account reactivated. They sign in again with their password.',
} as const;

export default async function AdminUserPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id: rawId } = await params;
  const { done } = await searchParams;
  const viewer = await requireStaffPage('users.manage', `/admin/users/${encodeURIComponent(rawId)}`);
  if (!/^[1-9][0-9]{0,9}$/.test(rawId) || Number(rawId) > 2_147_483_647) notFound();
  const user = await getUserProfile(Number(rawId));
  if (!user) notFound();
  const isSelf = user.id === viewer.id;
  const isErased = user.erasedAt !== null || user.status === 'deleted';
  return (
    <div>
      <p className="text-sm">
        <Link href="/admin/users" className="link">
          ← All users
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight break-words text-slate-900">{user.name}</h1>
      <p className="mt-1 break-all text-slate-700">{user.email}</p>
      {done === 'deactivated' || done === 'reactivated' ? (
        <p role="status" className="mt-4 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 font-medium text-emerald-900">
          {DONE[done]}
        </p>
      ) : null}

      <section aria-labelledby="account-heading" className={SECTION}>
        <h2 id="account-heading" className="text-xl font-bold text-slate-900">
          Account
        </h2>
        <dl className="mt-2 divide-y divide-slate-100">
          <Fact term="Role">{ROLE_LABELS[user.role]}</Fact>
          <Fact term="Status">
            {STANDING_LABELS[user.standing]}
            {user.standing === 'deactivated' && user.deleteAfter ? (
              <>
                {' '}
                — erased after <DateText value={user.deleteAfter} />
              </>
            ) : null}
          </Fact>
          {user.deactivationReason ? <Fact term="Reason for deactivation">{user.deactivationReason}</Fact> : null}
          <Fact term="Email verified">{user.emailVerifiedAt ? <DateText value={user.emailVerifiedAt} /> : 'Not verified'}</Fact>
          <Fact term="Two-factor sign-in">{user.hasTwoFactor ? 'On' : 'Off'}</Fact>
          <Fact term="Profession">{user.profession ?? '—'}</Fact>
          <Fact term="Specialty">{user.specialty ?? '—'}</Fact>
          <Fact term="Country">{user.country ?? '—'}</Fact>
          <Fact term="Joined">
            <DateText value={user.createdAt} />
          </Fact>
          <Fact term="Last sign-in">{user.lastSignInAt ? <DateText value={user.lastSignInAt} /> : 'Never'}</Fact>
          <Fact term="Signed in on">{user.liveSessions === 1 ? '1 device' : `${user.liveSessions} devices`}</Fact>
        </dl>
      </section>

      <section aria-labelledby="registration-heading" className={SECTION}>
        <h2 id="registration-heading" className="text-xl font-bold text-slate-900">
          Medical registration
        </h2>
        <dl className="mt-2 divide-y divide-slate-100">
          <Fact term="Registration number">{user.registrationNumber ?? 'Not given'}</Fact>
          <Fact term="Council">{user.registrationCouncil ?? '—'}</Fact>
          <Fact term="Verified">{user.registrationVerifiedAt ? <DateText value={user.registrationVerifiedAt} /> : 'Not verified'}</Fact>
        </dl>
        {user.registrationNumber && !isErased ? <RegistrationForm userId={user.id} isVerified={user.registrationVerifiedAt !== null} /> : null}
      </section>

      <section aria-labelledby="role-heading" className={SECTION}>
        <h2 id="role-heading" className="text-xl font-bold text-slate-900">
          Role
        </h2>
        {isSelf ? (
          <p className="mt-2 text-slate-800">This is your own account: another admin changes your role.</p>
        ) : isErased ? (
          <p className="mt-2 text-slate-800">This account is deleted.</p>
        ) : (
          <RoleForm userId={user.id} role={user.role} />
        )}
      </section>

      <section aria-labelledby="status-heading" className={SECTION}>
        <h2 id="status-heading" className="text-xl font-bold text-slate-900">
          {user.standing === 'active' ? 'Deactivate the account' : 'Account status'}
        </h2>
        {isSelf ? (
          <p className="mt-2 text-slate-800">
            Close your own account from <Link href="/account/deactivate" className="link">your account pages</Link>.
          </p>
        ) : user.standing === 'active' && user.role === 'admin' ? (
          <p className="mt-2 text-slate-800">An admin cannot be deactivated: change their role first.</p>
        ) : user.standing === 'active' ? (
          <DeactivateUserForm userId={user.id} graceDays={env.ACCOUNT_GRACE_DAYS} />
        ) : user.standing === 'deactivated' ? (
          <>
            <p className="mt-2 text-slate-800">The account is deactivated and can be reactivated until it is erased.</p>
            <ReactivateUserForm userId={user.id} />
          </>
        ) : (
          <p className="mt-2 text-slate-800">The account is deleted and cannot be reactivated.</p>
        )}
      </section>

      <section aria-labelledby="cme-heading" className={SECTION}>
        <h2 id="cme-heading" className="text-xl font-bold text-slate-900">
          CME record
        </h2>
        {user.transcript.entries.length === 0 ? (
          <p className="mt-2 text-slate-800">No CME activity passed yet.</p>
        ) : (
          <>
            <p className="mt-2 text-slate-800">
              {user.transcript.creditsByYear.map((year) => `${year.year}: ${year.credits} credits`).join(' · ')}
            </p>
            <TableFrame label="CME record">
              <table className="min-w-full divide-y divide-slate-200">
                <caption className="sr-only">Certificates, newest first</caption>
                <thead className="bg-slate-50">
                  <tr>
                    <th scope="col" className={TH}>Activity</th>
                    <th scope="col" className={TH}>Credits</th>
                    <th scope="col" className={TH}>Issued</th>
                    <th scope="col" className={TH}>Certificate</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {user.transcript.entries.map((entry) => (
                    <tr key={entry.code}>
                      <th scope="row" className={`${TH} font-normal`}>
                        {entry.activityTitle}
                      </th>
                      <td className={TD}>{entry.credits}</td>
                      <td className={TD}>
                        <DateText value={entry.issuedAt} />
                      </td>
                      <td className={TD}>
                        <Link href={`/cme/verify/${entry.code}`} className="link">
                          {entry.code}
                        </Link>
                        {entry.isEvaluated ? '' : ' (evaluation pending)'}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          </>
        )}
      </section>

      <section aria-labelledby="audit-heading" className={SECTION}>
        <h2 id="audit-heading" className="text-xl font-bold text-slate-900">
          Recent activity
        </h2>
        {user.recentAudit.length === 0 ? (
          <p className="mt-2 text-slate-800">Nothing in the audit log about this user.</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100">
            {user.recentAudit.map((row) => (
              <li key={row.id} className="py-2 text-slate-800">
                <DateTimeText value={row.createdAt} /> · <code className="font-mono text-sm">{row.action}</code>
                {row.actorName ? ` by ${row.actorName}` : ''}
                {Object.keys(row.details).length ? <span className="block text-sm text-slate-700">{summariseDetails(row.details)}</span> : null}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-sm">
          <Link href={`/admin/audit?subject=user`} className="link">
            The audit log
          </Link>
        </p>
      </section>
    </div>
  );
}
