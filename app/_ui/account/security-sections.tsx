import type { ReactNode } from 'react';
import type { TwoFactorStatus } from '@/lib/auth/two-factor';
import type { FormAction } from '@/lib/form-state';
import { ChangeEmailForm } from './change-email-form';
import { ChangePasswordForm } from './change-password-form';
import {
  ButtonForm,
  DisableTwoFactorForm,
  EnableTwoFactorForm,
  RegenerateCodesForm,
  type RecoveryCodesState,
} from './two-factor-forms';


function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="scroll-mt-6 rounded-lg border border-slate-300 bg-white p-5 sm:p-6">
      <h2 id={`${id}-heading`} className="text-xl font-bold text-slate-900">
        {title}
      </h2>
      <div className="mt-4 max-w-xl space-y-4">{children}</div>
    </section>
  );
}

/** For staff sent here by the admin area's gate (REQUIRE_STAFF_MFA). */
export function StaffMfaNotice() {
  return (
    <div role="alert" className="rounded-lg border border-amber-400 bg-amber-50 p-5 text-slate-900">
      <p className="font-semibold">Turn on two-factor sign-in to use the admin area.</p>
      <p className="mt-1">
        Staff accounts need a second factor on this site. Set it up under <a className="link" href="#two-factor">Two-factor sign-in</a>{' '}
        below, then go back to the admin area.
      </p>
    </div>
  );
}

export function ChangePasswordSection({ action }: { action: FormAction }) {
  return (
    <Section id="change-password" title="Change password">
      <ChangePasswordForm action={action} />
    </Section>
  );
}

export function ChangeEmailSection({ currentEmail, action }: { currentEmail: string; action: FormAction }) {
  return (
    <Section id="change-email" title="Change email address">
      <p className="text-slate-800">
        You sign in with <strong className="break-all">{currentEmail}</strong>. We tell this address about any change.
      </p>
      <ChangeEmailForm action={action} />
    </Section>
  );
}

export function TwoFactorSection({
  status,
  actions,
}: {
  status: TwoFactorStatus;
  actions: {
    start: FormAction;
    cancel: FormAction;
    enable: FormAction<RecoveryCodesState>;
    disable: FormAction;
    regenerate: FormAction<RecoveryCodesState>;
  };
}) {
  if (status.isEnabled) {
    return (
      <Section id="two-factor" title="Two-factor sign-in">
        <p className="text-slate-800">
          <strong>On</strong>
          {status.enabledAt ? ` since ${status.enabledAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}` : ''}.
          Signing in asks for a code from your authenticator app, or a recovery code.
        </p>
        <p className={status.recoveryCodesLeft <= 3 ? 'font-semibold text-red-800' : 'text-slate-800'}>
          {status.recoveryCodesLeft === 1 ? '1 recovery code is left.' : `${status.recoveryCodesLeft} recovery codes are left.`}
          {status.recoveryCodesLeft <= 3 ? ' Make new ones soon.' : ''}
        </p>
        <h3 className="pt-2 text-lg font-semibold text-slate-900">New recovery codes</h3>
        <RegenerateCodesForm action={actions.regenerate} />
        <h3 className="pt-2 text-lg font-semibold text-slate-900">Turn it off</h3>
        <DisableTwoFactorForm action={actions.disable} />
      </Section>
    );
  }

  const setup = status.pendingSetup;
  if (setup) {
    return (
      <Section id="two-factor" title="Two-factor sign-in">
        <EnableTwoFactorForm
          action={actions.enable}
          instructions={
            <ol className="list-decimal space-y-4 pl-5 text-slate-800">
              <li>
                Scan this QR code with an authenticator app (for example Google Authenticator, Microsoft Authenticator or
                1Password).
                <div
                  role="img"
                  aria-label="QR code for your authenticator app"
                  className="mt-3 h-48 w-48 rounded border border-slate-300 bg-white [&>svg]:h-full [&>svg]:w-full"
                  // The SVG is made on our server by `qrcode` from our own otpauth URI: no user HTML.
                  dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
                />
              </li>
              <li>
                Or type this key into the app by hand (time-based, 6 digits):
                <code className="mt-2 block break-all rounded bg-slate-100 px-3 py-2 font-mono text-lg tracking-wider text-slate-900">
                  {setup.secret.match(/.{1,4}/g)?.join(' ')}
                </code>
              </li>
              <li>Enter the code the app shows.</li>
            </ol>
          }
          cancel={<ButtonForm action={actions.cancel} label="Cancel the set-up" tone="plain" />}
        />
      </Section>
    );
  }

  return (
    <Section id="two-factor" title="Two-factor sign-in">
      <p className="text-slate-800">
        <strong>Off.</strong> With it on, signing in also asks for a code from an app on your phone, so a stolen password
        alone cannot open your account. You get ten recovery codes for when the phone is lost.
      </p>
      <ButtonForm action={actions.start} label="Set up two-factor sign-in" />
    </Section>
  );
}
