import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/app/_ui/auth/login-form';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { getViewer } from '@/lib/auth/session';
import { signInNotice } from '@/lib/auth/sign-in-notices';
import { siteName } from '@/lib/site';

export const metadata: Metadata = {
  title: 'Sign in',
  description: `Sign in to your ${siteName} account.`,
  robots: { index: false, follow: true },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * /login?callbackUrl=/a/path&notice=signed-out&error=CredentialsSignin: where to go afterwards
 * (our own paths only), a notice from the flow that sent the reader here, and next-auth's error
 * when it redirected here itself (a form posted without JavaScript, a script).
 */
export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl));
  if (await getViewer()) redirect(callbackUrl);
  const notice = signInNotice(first(params.notice));
  const errorCode = first(params.error)?.slice(0, 40) ?? null;

  return (
    <div className="mx-auto max-w-md px-4 py-8 sm:px-6 sm:py-12">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Sign in</h1>
      {notice ? (
        <p role="status" className="mt-4 rounded-md border border-brand-700 bg-brand-50 px-4 py-3 text-slate-900">
          {notice}
        </p>
      ) : null}
      <LoginForm callbackUrl={callbackUrl} initialErrorCode={errorCode} />
    </div>
  );
}
