import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  /** What our credentials provider's authorize() returns: the user id (as `id`) and the new session's token. */
  interface User {
    sessionToken?: string;
  }
}

declare module 'next-auth/jwt' {
  /** The session cookie holds only this: the user id (`sub`) and the session row's token (`sid`). */
  interface JWT {
    sid?: string;
  }
}
