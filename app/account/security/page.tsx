import type { Metadata } from 'next';
import {
  ChangeEmailSection,
  ChangePasswordSection,
  StaffMfaNotice,
  TwoFactorSection,
} from '@/app/_ui/account/security-sections';
import { SessionList } from '@/app/_ui/account/session-list';
import { requireUser } from '@/lib/auth/session';
import { getTwoFactorStatus } from '@/lib/auth/two-factor';
import {
  cancelTwoFactorAction,
  changeEmailAction,
  changePasswordAction,
  disableTwoFactorAction,
  enableTwoFactorAction,
  regenerateRecoveryCodesAction,
  startTwoFactorAction,
} from './actions';

// Per user, per request: never prerendered, whatever the session reading does at build time.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Security' };

/** Password, email, two-factor and sessions: each section is its own component. */
export default async function SecurityPage({ searchParams }: { searchParams: Promise<{ mfa?: string | string[] }> }) {
  const viewer = await requireUser('/account/security');
  const [{ mfa }, twoFactor] = await Promise.all([searchParams, getTwoFactorStatus(viewer.id)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Security</h1>
      {mfa === 'required' && !twoFactor.isEnabled ? <StaffMfaNotice /> : null}
      <ChangePasswordSection action={changePasswordAction} />
      <ChangeEmailSection currentEmail={viewer.email} action={changeEmailAction} />
      <TwoFactorSection
        status={twoFactor}
        actions={{
          start: startTwoFactorAction,
          cancel: cancelTwoFactorAction,
          enable: enableTwoFactorAction,
          disable: disableTwoFactorAction,
          regenerate: regenerateRecoveryCodesAction,
        }}
      />
      <SessionList viewer={viewer} />
    </div>
  );
}
