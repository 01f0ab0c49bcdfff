import 'server-only';
import { count, desc, eq, ilike } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { mailOutbox, type MAIL_STATUSES } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { likePattern, pageParam, type AdminPage } from './listing';

/*
 * The mail outbox, for admins (capability outbox.read). Without SMTP_URL every message goes
 * to this table (status `logged`) and this is where an admin reads it; with SMTP_URL mail goes
 * out by SMTP and the table keeps only the sends that failed (their links removed).
 */

export const OUTBOX_PAGE_SIZE = 25;

/** Mail goes out by SMTP: the outbox then holds only failed sends. */
export function isSmtpConfigured(): boolean {
  return Boolean(env.SMTP_URL);
}

export const OutboxQuery = z.object({
  /** Part of the recipient's address, any case. */
  to: z
    .string()
    .trim()
    .max(254)
    .optional()
    .catch(undefined)
    .transform((value) => (value ? value : undefined)),
  page: pageParam,
});
export type OutboxQuery = z.infer<typeof OutboxQuery>;

export type OutboxListItem = {
  id: number;
  to: string;
  subject: string;
  status: (typeof MAIL_STATUSES)[number];
  createdAt: Date;
};

/** Messages newest first (then by id: a stable order), filtered by recipient. */
export async function listOutbox(query: OutboxQuery): Promise<AdminPage<OutboxListItem>> {
  const where = query.to ? ilike(mailOutbox.to, likePattern(query.to)) : undefined;
  const [[total], items] = await Promise.all([
    db.select({ total: count() }).from(mailOutbox).where(where),
    db
      .select({ id: mailOutbox.id, to: mailOutbox.to, subject: mailOutbox.subject, status: mailOutbox.status, createdAt: mailOutbox.createdAt })
      .from(mailOutbox)
      .where(where)
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(OUTBOX_PAGE_SIZE)
      .offset((query.page - 1) * OUTBOX_PAGE_SIZE),
  ]);
  const totalCount = total?.total ?? 0;
  return { items, page: query.page, total: totalCount, totalPages: Math.max(1, Math.ceil(totalCount / OUTBOX_PAGE_SIZE)) };
}

export type OutboxMessage = OutboxListItem & {
  text: string;
  /** The HTML part's source, to be shown as text: it is never rendered. */
  html: string | null;
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
};

/** One message with its bodies, or null. */
export async function getOutboxMessage(id: number): Promise<OutboxMessage | null> {
  const [row] = await db
    .select({
      id: mailOutbox.id,
      to: mailOutbox.to,
      subject: mailOutbox.subject,
      status: mailOutbox.status,
      createdAt: mailOutbox.createdAt,
      text: mailOutbox.text,
      html: mailOutbox.html,
      attempts: mailOutbox.attempts,
      lastError: mailOutbox.lastError,
      sentAt: mailOutbox.sentAt,
    })
    .from(mailOutbox)
    .where(eq(mailOutbox.id, id));
  return row ?? null;
}
