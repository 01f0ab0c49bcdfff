import { beforeAll, describe, expect, it, vi } from 'vitest';
import { hasRole, ROLES, type Role } from '@/lib/auth/roles';
import { testDatabase } from '@/lib/db/test/database';
import { useSession as actAs } from '@/lib/db/test/next-request';
import { idleFormState, type FormAction } from '@/lib/form-state';
import { STAFF_ACTIONS } from './actions';
import { CAPABILITIES, type Capability } from './policy';
import { insertStaff } from './test-helpers';

vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).switchableRequest);
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

/*
 * Issue 17's role matrix, run against the actions and route handlers themselves, not the UI:
 * every server action under app/admin and every route handler there is called by an anonymous
 * caller and by a member, an author, an editor and an admin (each a real user with a real
 * session cookie), and must answer as the capability table (lib/admin/policy.ts) says:
 * anonymous → sent to sign in (actions) or 401 (route handlers); a role below the
 * capability → refused, nothing done; at or above → past the gate (the empty form then fails
 * validation, which is not a refusal). A new action or route handler is in the matrix by
 * being there: an action not made with staffAction, or a route not in ROUTE_CAPABILITIES,
 * fails the test.
 */

const { db } = testDatabase('seeded', 'admin_role_matrix');

const actionModules = import.meta.glob<Record<string, unknown>>('/app/admin/**/actions.ts');
const routeModules = import.meta.glob<Record<string, unknown>>('/app/admin/**/route.ts');

/**
 * The matrix itself, written out (not read from the code): the least role each admin action
 * needs. Authors draft posts; editors publish and manage events, videos, CME and legal
 * documents; admins manage users. An author's limits within posts (own drafts only) are
 * app/admin/posts/actions.test.ts's.
 */
const ACTION_ROLES: Record<string, Role> = {
  'posts/actions.ts createPostAction': 'author',
  'posts/actions.ts savePostAction': 'author',
  'posts/actions.ts restorePostRevisionAction': 'author',
  'posts/actions.ts changePostStatusAction': 'editor',
  'events/actions.ts createEventAction': 'editor',
  'events/actions.ts saveEventAction': 'editor',
  'events/actions.ts transitionEventAction': 'editor',
  'events/actions.ts restoreEventAction': 'editor',
  'videos/actions.ts createVideoAction': 'editor',
  'videos/actions.ts saveVideoAction': 'editor',
  'videos/actions.ts transitionVideoAction': 'editor',
  'videos/actions.ts restoreVideoAction': 'editor',
  'videos/actions.ts createSeriesAction': 'editor',
  'videos/actions.ts saveSeriesAction': 'editor',
  'videos/actions.ts restoreSeriesAction': 'editor',
  'cme/actions.ts createCmeAction': 'editor',
  'cme/actions.ts saveCmeAction': 'editor',
  'cme/actions.ts transitionCmeAction': 'editor',
  'cme/actions.ts restoreCmeAction': 'editor',
  'legal/actions.ts createLegalVersionAction': 'editor',
  'users/[id]/actions.ts changeRoleAction': 'admin',
  'users/[id]/actions.ts registrationAction': 'admin',
  'users/[id]/actions.ts deactivateUserAction': 'admin',
  'users/[id]/actions.ts reactivateUserAction': 'admin',
};

/** What each route handler under app/admin asks for, by its file. */
const ROUTE_CAPABILITIES: Record<string, Capability> = {
  '/app/admin/preview/route.ts': 'posts.draft',
  '/app/admin/images/route.ts': 'posts.draft',
};

type Caller = 'anonymous' | Role;
const CALLERS: Caller[] = ['anonymous', ...ROLES];
const tokens = new Map<Caller, string | null>([['anonymous', null]]);

beforeAll(async () => {
  for (const role of ROLES) tokens.set(role, (await insertStaff(db, role)).token);
});

type Outcome = 'sign-in' | 'refused' | 'allowed';

function expected(caller: Caller, needed: Role): Outcome {
  if (caller === 'anonymous') return 'sign-in';
  return hasRole(caller, needed) ? 'allowed' : 'refused';
}

const actionKey = (file: string, name: string) => `${file.replace('/app/admin/', '')} ${name}`;

const REFUSALS = ['You do not have access to this.', 'You do not have access to this page.'];

async function callAction(fn: FormAction): Promise<Outcome> {
  try {
    const state = await fn(idleFormState, new FormData());
    return state.status === 'error' && REFUSALS.includes(state.message ?? '') ? 'refused' : 'allowed';
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (/^NEXT_REDIRECT;.*;\/login/.test(digest)) return 'sign-in';
    if (/^NEXT_HTTP_ERROR_FALLBACK;403/.test(digest)) return 'refused';
    throw error;
  }
}

async function callRoute(handler: (request: Request) => Promise<Response>): Promise<Outcome> {
  // From the site's own page (the upload route refuses another site's).
  const headers = { origin: 'http://localhost:3000', host: 'localhost:3000' };
  const response = await handler(new Request('http://localhost:3000/admin/x', { method: 'POST', body: new FormData(), headers }));
  if (response.status === 401) return 'sign-in';
  if (response.status === 403) return 'refused';
  return 'allowed';
}

describe('the admin role matrix', () => {
  it('finds the admin actions, and every one is a staff action with a capability', async () => {
    const found: string[] = [];
    for (const [file, load] of Object.entries(actionModules)) {
      for (const [name, value] of Object.entries(await load())) {
        if (typeof value !== 'function') continue;
        const key = actionKey(file, name);
        found.push(key);
        expect(STAFF_ACTIONS.has(value as FormAction), `${key} is made with staffAction`).toBe(true);
        expect(ACTION_ROLES[key], `${key} is in ACTION_ROLES`).toBeDefined();
        // The capability it declares asks for the role the matrix says.
        expect(CAPABILITIES[STAFF_ACTIONS.get(value as FormAction)!], key).toBe(ACTION_ROLES[key]);
      }
    }
    expect(found.sort()).toEqual(Object.keys(ACTION_ROLES).sort());
  });

  it('answers every caller of every action as the capability table says', async () => {
    const table: string[] = [];
    const wrong: string[] = [];
    for (const [file, load] of Object.entries(actionModules)) {
      for (const [name, value] of Object.entries(await load())) {
        const needed = ACTION_ROLES[actionKey(file, name)];
        if (typeof value !== 'function' || !needed) continue;
        for (const caller of CALLERS) {
          await actAs(tokens.get(caller) ?? null);
          const outcome = await callAction(value as FormAction);
          table.push(`${actionKey(file, name)} ${caller}: ${outcome}`);
          if (outcome !== expected(caller, needed)) wrong.push(`${actionKey(file, name)} as ${caller}: ${outcome}, expected ${expected(caller, needed)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(table).toHaveLength(Object.keys(ACTION_ROLES).length * CALLERS.length);
  });

  it('answers every caller of every route handler as the capability table says', async () => {
    const wrong: string[] = [];
    for (const [file, load] of Object.entries(routeModules)) {
      const capability = ROUTE_CAPABILITIES[file];
      expect(capability, `${file} is in ROUTE_CAPABILITIES`).toBeDefined();
      const handlers = await load();
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
        const handler = handlers[method];
        if (typeof handler !== 'function') continue;
        for (const caller of CALLERS) {
          await actAs(tokens.get(caller) ?? null);
          const outcome = await callRoute(handler as (request: Request) => Promise<Response>);
          const needed = CAPABILITIES[capability!];
          if (outcome !== expected(caller, needed)) wrong.push(`${method} ${file} as ${caller}: ${outcome}, expected ${expected(caller, needed)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

