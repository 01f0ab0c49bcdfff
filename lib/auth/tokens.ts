import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { db, type Executor } from '@/lib/db/client';
import { authTokens, type AuthToken } from '@/lib/db/schema';

export type TokenKind = AuthToken['kind'];

/** How long each kind of link works. */
export const TOKEN_LIFETIME_MS: Record<TokenKind, number> = {
  verify_email: 24 * 60 * 60 * 1000,
  change_email: 24 * 60 * 60 * 1000,
  reset_password: 60 * 60 * 1000,
};

/** Only the SHA-256 is stored: a copy of the table opens no link. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A new single-use token for a link; any older unused token of the same kind for the same
 * user stops working (the newest email is the one that counts). Returns the token itself,
 * which goes into the link and nowhere else.
 */
export async function issueToken(
  tx: Executor,
  userId: number,
  kind: TokenKind,
  options: { newEmail?: string; now?: Date } = {},
): Promise<string> {
  const now = options.now ?? new Date();
  const token = randomBytes(32).toString('base64url');
  await tx
    .update(authTokens)
    .set({ usedAt: now })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.kind, kind), isNull(authTokens.usedAt)));
  await tx.insert(authTokens).values({
    userId,
    kind,
    tokenHash: hashToken(token),
    newEmail: options.newEmail ?? null,
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[kind]),
  });
  return token;
}

/**
 * Uses a token once: the row if it is of this kind, unused and unexpired, marking it used in
 * the same statement (two clicks at once: one wins). Null for anything else.
 */
export async function consumeToken(
  tx: Executor,
  kind: TokenKind,
  token: string,
): Promise<{ userId: number; newEmail: string | null } | null> {
  if (token.length < 20 || token.length > 100) return null;
  const [row] = await tx
    .update(authTokens)
    .set({ usedAt: sql`now()` })
    .where(isUsable(kind, token))
    .returning({ userId: authTokens.userId, newEmail: authTokens.newEmail });
  return row ?? null;
}

/** The token's row, if it is of this kind, unused and unexpired. */
function isUsable(kind: TokenKind, token: string) {
  return and(eq(authTokens.tokenHash, hashToken(token)), eq(authTokens.kind, kind), isNull(authTokens.usedAt), gt(authTokens.expiresAt, sql`now()`));
}

/** Whether a token would be accepted now, without using it (a page that shows a form first). */
export async function isTokenUsable(kind: TokenKind, token: string, executor: Executor = db): Promise<boolean> {
  if (token.length < 20 || token.length > 100) return false;
  const [row] = await executor
    .select({ id: authTokens.id })
    .from(authTokens)
    .where(isUsable(kind, token));
  return row !== undefined;
}
