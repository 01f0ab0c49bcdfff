'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { signInErrorMessage } from '@/lib/auth/sign-in-errors';
import { signInWithCredentials } from './next-auth-client';

const CODE_ERRORS = new Set(['TwoFactorRequired', 'TwoFactorInvalid']);

/**
 * The sign-in form. It posts to next-auth's credentials callback and reads the error code it
 * answers with: a message tied to the fields (aria-describedby) in a live region, the email
 * kept, the password kept only when a second-factor code is asked for next. A deactivated
 * account goes to /reactivate; success loads the callback page afresh, so the header's menu
 * and every server component see the new session.
 */
export function LoginForm({ callbackUrl, initialErrorCode }: { callbackUrl: string; initialErrorCode: string | null }) {
  const [errorCode, setErrorCode] = useState<string | null>(initialErrorCode);
  const [needsCode, setNeedsCode] = useState(initialErrorCode !== null && CODE_ERRORS.has(initialErrorCode));
  const [isSubmitting, setSubmitting] = useState(false);
  // Bumped each time a code is asked for; the effect below runs once React has shown the field.
  const [codeRequest, setCodeRequest] = useState(0);
  const passwordRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const router = useRouter();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : '');
    setSubmitting(true);
    const code = await signInWithCredentials({ email: field('email'), password: field('password'), code: field('code') });
    if (code === null) {
      window.location.assign(callbackUrl);
      return;
    }
    if (code === 'AccountDeactivated') {
      router.push('/reactivate');
      return;
    }
    setSubmitting(false);
    setErrorCode(code);
    if (CODE_ERRORS.has(code)) {
      setNeedsCode(true);
      setCodeRequest((n) => n + 1);
      return;
    }
    setNeedsCode(false);
    if (passwordRef.current) passwordRef.current.value = '';
    (code === 'CredentialsSignin' ? emailRef : passwordRef).current?.focus();
  }

  // Not a requestAnimationFrame in onSubmit: after an await, React may commit the new field
  // later than the next frame, and the focus went nowhere. An effect runs after the commit.
  useEffect(() => {
    if (codeRequest === 0 || !codeRef.current) return;
    codeRef.current.value = '';
    codeRef.current.focus();
  }, [codeRequest]);

  const message = signInErrorMessage(errorCode);
  const isCodeError = errorCode !== null && CODE_ERRORS.has(errorCode);
  const credentialsInvalid = message !== null && !isCodeError;
  const control = 'mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-700';

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-5" aria-describedby={message ? 'login-error' : undefined}>
      <div aria-live="polite" aria-atomic="true">
        {message ? (
          <p id="login-error" className="rounded-md border border-red-700 bg-red-50 px-4 py-3 font-medium text-red-900">
            <span aria-hidden="true">⚠ </span>
            {message}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="login-email" className="block font-semibold text-slate-900">
          Email
        </label>
        <input
          ref={emailRef}
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={254}
          aria-invalid={credentialsInvalid || undefined}
          aria-describedby={credentialsInvalid ? 'login-error' : undefined}
          className={`${control} ${credentialsInvalid ? 'border-red-700' : 'border-slate-400'}`}
        />
      </div>
      <div>
        <label htmlFor="login-password" className="block font-semibold text-slate-900">
          Password
        </label>
        <input
          ref={passwordRef}
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={1024}
          aria-invalid={credentialsInvalid || undefined}
          aria-describedby={credentialsInvalid ? 'login-error' : undefined}
          className={`${control} ${credentialsInvalid ? 'border-red-700' : 'border-slate-400'}`}
        />
        <p className="mt-2 text-sm">
          <Link href="/forgot-password" className="link">
            Forgot your password?
          </Link>
        </p>
      </div>
      {needsCode ? (
        <div>
          <label htmlFor="login-code" className="block font-semibold text-slate-900">
            Authentication code
          </label>
          <p id="login-code-hint" className="mt-1 text-sm text-slate-700">
            The six-digit code from your authenticator app, or one of your recovery codes.
          </p>
          <input
            ref={codeRef}
            id="login-code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={64}
            aria-invalid={isCodeError && errorCode === 'TwoFactorInvalid' ? true : undefined}
            aria-describedby={isCodeError ? 'login-error login-code-hint' : 'login-code-hint'}
            className={`${control} ${errorCode === 'TwoFactorInvalid' ? 'border-red-700' : 'border-slate-400'}`}
          />
        </div>
      ) : null}
      <button
        type="submit"
        disabled={isSubmitting}
        className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900 disabled:opacity-70"
      >
        {isSubmitting ? 'Signing in…' : 'Sign in'}
      </button>
      <p className="text-slate-700">
        New here?{' '}
        <Link href="/register" className="link">
          Create an account
        </Link>
      </p>
    </form>
  );
}
