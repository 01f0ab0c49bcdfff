import type { Metadata } from 'next';
import Link from 'next/link';
import { ForgotPasswordForm } from './forgot-password-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Forgot your password?', robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-8 sm:px-6 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Forgot your password?</h1>
      <p className="mt-3 text-lg text-slate-700">
        Type the email address of your account and we will send you a link to set a new password. Remembered it?{' '}
        <Link href="/login">Sign in</Link>.
      </p>
      <ForgotPasswordForm />
    </div>
  );
}
