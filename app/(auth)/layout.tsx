import { connection } from 'next/server';
import type { ReactNode } from 'react';

/*
 * Sign-in, sign-up and the token pages render per request: middleware.ts gives them a nonce
 * Content-Security-Policy, and Next can put the nonce on its scripts only in a page rendered
 * for that request. A prerendered page here would have scripts the policy blocks.
 */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  await connection();
  return children;
}
