import { desc, eq } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';
import { mailOutbox, users, type NewUser } from '@/lib/db/schema';

/** An account row as tests need it; the hash is not a real one unless given. */
export async function insertUser(db: Database, values: Partial<NewUser> & { email: string }) {
  const [row] = await db
    .insert(users)
    .values({ name: 'Test User', passwordHash: 'not-a-real-hash', ...values })
    .returning({ id: users.id, email: users.email, name: users.name });
  return row!;
}

/** The newest messages to an address, and the token of the link of a kind in the newest one. */
export async function mailTo(db: Database, email: string) {
  return db.select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(desc(mailOutbox.id));
}

export async function linkToken(db: Database, email: string, path: 'verify-email' | 'reset-password'): Promise<string> {
  const [mail] = await mailTo(db, email);
  const token = new RegExp(`/${path}/([A-Za-z0-9_-]+)`).exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`No ${path} link mailed to ${email}`);
  return token;
}
