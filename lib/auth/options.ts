import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { clientAddress } from '@/lib/security/client-address';
import { safeRedirectUrl } from './callback-url';
import { isSecureSite } from './session-cookie';
import { SESSION_LIFETIME_MS } from './sessions';
import { SIGN_IN_ERROR_CODES } from './sign-in-errors';
import { signInWithPassword } from './sign-in';
import { endSessionByToken } from './sign-out';

/**
 * next-auth, credentials only. The JWT in the cookie carries the user id and the session
 * row's random token, nothing else (no email, name or role): every request looks the row up
 * (lib/auth/session.ts), so deleting it ends the session everywhere at once.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: env.NEXTAUTH_SECRET,
    // HttpOnly and SameSite=Lax are next-auth's defaults; this adds Secure and the __Secure- prefix.
    useSecureCookies: isSecureSite(),
    session: { strategy: 'jwt', maxAge: SESSION_LIFETIME_MS / 1000 },
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: {
          email: { label: 'Email', type: 'email' },
          password: { label: 'Password', type: 'password' },
          code: { label: 'Authentication code', type: 'text' },
        },
        async authorize(credentials, request) {
          const headers = new Headers();
          for (const [name, value] of Object.entries(request?.headers ?? {})) {
            if (typeof value === 'string') headers.set(name, value);
          }
          let result;
          try {
            result = await signInWithPassword(
              { email: credentials?.email, password: credentials?.password, code: credentials?.code },
              { userAgent: headers.get('user-agent'), ip: clientAddress(headers) },
            );
          } catch (error) {
            // next-auth puts a thrown error's message in the redirect URL: never a database message.
            console.error('[auth] sign-in failed', error);
            throw new Error('ServerError');
          }
          if (result.ok) return { id: String(result.userId), sessionToken: result.sessionToken };
          if (result.reason === 'invalid') return null;
          throw new Error(SIGN_IN_ERROR_CODES[result.reason]);
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) return { sub: user.id, sid: user.sessionToken };
        return { sub: token.sub, sid: token.sid };
      },
      // /api/auth/session says only when the cookie expires; who is signed in comes from /api/me.
      session({ session }) {
        return { expires: session.expires };
      },
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === 'string') await endSessionByToken(token.sid);
      },
    },
  };
}
