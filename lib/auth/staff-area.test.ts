import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Viewer } from './sessions';

const requireRole = vi.fn<(role: string, callbackPath?: string) => Promise<Viewer>>();
vi.mock('./session', () => ({ requireRole: (role: string, callbackPath?: string) => requireRole(role, callbackPath) }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
}));

const { env, isStaffMfaRequired } = await import('@/lib/env');
const { requireStaffArea, staffAreaRedirect, STAFF_MFA_PATH } = await import('./staff-area');

const viewer = (role: Viewer['role'], hasTwoFactor: boolean): Viewer => ({
  id: 1,
  sessionId: 'x',
  email: 'a@example.com',
  name: 'A',
  role,
  status: 'active',
  isEmailVerified: true,
  hasTwoFactor,
  hasPendingLegal: false,
  profile: { profession: null, specialtyId: null, registrationNumber: null, registrationCouncil: null, isRegistrationVerified: false, country: null },
});

const saved = { ...env };
beforeEach(() => {
  env.SITE_URL = undefined;
  env.NEXTAUTH_URL = undefined;
  env.REQUIRE_STAFF_MFA = undefined;
});
afterEach(() => {
  Object.assign(env, saved);
  vi.unstubAllEnvs();
});

describe('REQUIRE_STAFF_MFA', () => {
  it('defaults to on for an https site and off for http', () => {
    env.SITE_URL = 'https://portal.example.org';
    expect(isStaffMfaRequired()).toBe(true);
    env.SITE_URL = 'http://localhost:3000';
    expect(isStaffMfaRequired()).toBe(false);
    env.SITE_URL = undefined;
    env.NEXTAUTH_URL = 'https://auth.example.org';
    expect(isStaffMfaRequired()).toBe(true);
  });

  it('follows the setting when it is given, whatever the scheme', () => {
    env.SITE_URL = 'https://portal.example.org';
    env.REQUIRE_STAFF_MFA = false;
    expect(isStaffMfaRequired()).toBe(false);
    env.SITE_URL = 'http://localhost:3000';
    env.REQUIRE_STAFF_MFA = true;
    expect(isStaffMfaRequired()).toBe(true);
  });

  it("is read from 'true', 'false', '1' and '0', and refuses anything else at start-up", async () => {
    for (const [raw, parsed] of [['true', true], ['1', true], ['false', false], ['0', false]] as const) {
      vi.stubEnv('REQUIRE_STAFF_MFA', raw);
      vi.resetModules();
      expect((await import('@/lib/env')).env.REQUIRE_STAFF_MFA, raw).toBe(parsed);
    }
    vi.stubEnv('REQUIRE_STAFF_MFA', 'yes');
    vi.resetModules();
    await expect(import('@/lib/env')).rejects.toThrow(/REQUIRE_STAFF_MFA/);
  });
});

describe('staffAreaRedirect', () => {
  it('sends staff without a second factor to set it up, only when required', () => {
    for (const role of ['author', 'editor', 'admin'] as const) {
      expect(staffAreaRedirect(viewer(role, false), true), role).toBe(STAFF_MFA_PATH);
      expect(staffAreaRedirect(viewer(role, true), true), role).toBeNull();
      expect(staffAreaRedirect(viewer(role, false), false), role).toBeNull();
    }
    expect(STAFF_MFA_PATH).toBe('/account/security?mfa=required');
  });
});

describe('requireStaffArea', () => {
  it('asks requireRole for an author, then redirects staff without two-factor when required', async () => {
    env.REQUIRE_STAFF_MFA = true;
    requireRole.mockResolvedValueOnce(viewer('editor', false));
    await expect(requireStaffArea('/admin/posts')).rejects.toThrow(`redirect:${STAFF_MFA_PATH}`);
    expect(requireRole).toHaveBeenLastCalledWith('author', '/admin/posts');

    const ready = viewer('admin', true);
    requireRole.mockResolvedValueOnce(ready);
    await expect(requireStaffArea('/admin')).resolves.toBe(ready);

    env.REQUIRE_STAFF_MFA = false;
    const relaxed = viewer('author', false);
    requireRole.mockResolvedValueOnce(relaxed);
    await expect(requireStaffArea('/admin')).resolves.toBe(relaxed);
  });

  it('lets requireRole refuse members and anonymous visitors', async () => {
    requireRole.mockRejectedValueOnce(new Error('forbidden'));
    await expect(requireStaffArea('/admin')).rejects.toThrow('forbidden');
  });
});
