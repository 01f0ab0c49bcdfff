import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DateText } from '@/app/_ui/content/meta';
import { EmptyState, FilterForm, FilterSelect, FilterText, ListPagination, ResultCount, TableFrame, TD, TH } from '@/app/_ui/admin/list-parts';
import { ROLE_LABELS, STANDING_LABELS } from '@/app/_ui/admin/user-labels';
import { requireStaffPage } from '@/lib/admin/auth';
import { searchParamsOf } from '@/lib/admin/listing';
import { listUsers, ROLES, USER_STANDINGS, UserListQuery } from '@/lib/admin/users';

export const metadata: Metadata = { title: 'Users' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminUsersPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaffPage('users.manage', '/admin/users');
  const query = UserListQuery.parse(searchParamsOf(await searchParams));
  const list = await listUsers(query);
  if (query.page > list.totalPages) notFound();
  const filters = { q: query.q, role: query.role, status: query.status };
  const isFiltered = Boolean(query.q || query.role || query.status);
  return (
    <div>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Users</h1>
      <FilterForm action="/admin/users" label="Find users" resetHref={isFiltered ? '/admin/users' : undefined}>
        <div className="sm:col-span-2">
          <FilterText id="users-q" name="q" type="search" label="Name or email" value={query.q} />
        </div>
        <FilterSelect id="users-role" name="role" label="Role" value={query.role} anyLabel="Any role" options={ROLES.map((role) => [role, ROLE_LABELS[role]] as const)} />
        <FilterSelect
          id="users-status"
          name="status"
          label="Status"
          value={query.status}
          anyLabel="Any status"
          options={USER_STANDINGS.map((standing) => [standing, STANDING_LABELS[standing]] as const)}
        />
      </FilterForm>
      <ResultCount total={list.total} page={list.page} totalPages={list.totalPages} noun={['user', 'users']} />
      {list.items.length === 0 ? (
        <EmptyState>{isFiltered ? 'No user matches these filters.' : 'There are no users yet.'}</EmptyState>
      ) : (
        <TableFrame label="Users">
          <table className="min-w-full divide-y divide-slate-200">
            <caption className="sr-only">Users{isFiltered ? ' matching the filters' : ''}, newest account first</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={TH}>Name</th>
                <th scope="col" className={TH}>Email</th>
                <th scope="col" className={TH}>Role</th>
                <th scope="col" className={TH}>Status</th>
                <th scope="col" className={TH}>Registration</th>
                <th scope="col" className={TH}>Joined</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {list.items.map((user) => (
                <tr key={user.id}>
                  <th scope="row" className={`${TH} font-normal`}>
                    <Link href={`/admin/users/${user.id}`} className="link font-semibold">
                      {user.name}
                    </Link>
                  </th>
                  <td className={`${TD} break-all`}>{user.email}</td>
                  <td className={TD}>{ROLE_LABELS[user.role]}</td>
                  <td className={TD}>{STANDING_LABELS[user.standing]}</td>
                  <td className={TD}>{user.isRegistrationVerified ? 'Verified' : 'Not verified'}</td>
                  <td className={TD}>
                    <DateText value={user.createdAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <ListPagination basePath="/admin/users" filters={filters} page={list.page} totalPages={list.totalPages} />
    </div>
  );
}
