import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { siteUrl } from '@/lib/env';
import { verifyEmailMessage } from './messages';
import { createSmtpTransport, sendMail } from './send';

const { db } = testDatabase('migrated', 'mail_send');

type Received = { from: string; to: string[]; raw: string };

/** A local SMTP server on a free port that keeps what it receives. */
function startSmtpServer() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  return {
    received,
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The decoded bodies of a message's MIME parts, by content type (enough for what nodemailer writes). */
function partsOf(raw: string): Record<string, string> {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (!boundary) throw new Error('not a multipart message');
  const parts: Record<string, string> = {};
  for (const chunk of raw.split(`--${boundary}`).slice(1, -1)) {
    const [head = '', ...rest] = chunk.replace(/^\r\n/, '').split('\r\n\r\n');
    const body = rest.join('\r\n\r\n').replace(/\r\n$/, '');
    const type = /content-type:\s*([^;\r\n]+)/i.exec(head)?.[1]?.trim().toLowerCase() ?? '';
    const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(head)?.[1]?.toLowerCase();
    parts[type] =
      encoding === 'quoted-printable'
        ? Buffer.from(
            body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8')
        : encoding === 'base64'
          ? Buffer.from(body, 'base64').toString('utf8')
          : body;
  }
  return parts;
}

describe('sendMail through real SMTP', () => {
  const smtp = startSmtpServer();
  let port = 0;
  beforeAll(async () => {
    port = await smtp.listen();
  });
  afterAll(() => smtp.close());

  it('delivers a verification message with its subject, text and HTML parts and the link', async () => {
    const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`);
    const message = verifyEmailMessage({ email: 'anita@example.org', name: 'Anita Sharma' }, 'tok_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345');
    await sendMail(message, db, { transport, from: 'Hidoc Dr. <no-reply@hidoc.test>' });
    transport.close();

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail!.from).toBe('no-reply@hidoc.test');
    expect(mail!.to).toEqual(['anita@example.org']);
    expect(mail!.raw).toMatch(/^Subject: Confirm your email address for Hidoc Dr\.$/m);
    const parts = partsOf(mail!.raw);
    const link = `${siteUrl()}/verify-email/tok_ABCDEFGHIJKLMNOPQRSTUVWXYZ012345`;
    expect(parts['text/plain']).toContain('Hello Anita Sharma,');
    expect(parts['text/plain']).toContain(link);
    expect(parts['text/html']).toContain(`href="${link}"`);
    expect(parts['text/html']).toContain('Hidoc Dr.');
    // Sent messages are not kept: their links are live.
    expect(await db.select().from(mailOutbox)).toEqual([]);
  });

  it('keeps a message the SMTP server refused in the outbox as failed, with the error, without throwing', async () => {
    const closed = startSmtpServer();
    const closedPort = await closed.listen();
    await closed.close();
    const transport = createSmtpTransport(`smtp://127.0.0.1:${closedPort}`);
    const message = verifyEmailMessage({ email: 'lost@example.org', name: 'Lost' }, 'tok_ZYXWVUTSRQPONMLKJIHGFEDCBA987654');
    await expect(sendMail(message, db, { transport, from: 'no-reply@hidoc.test' })).resolves.toBeUndefined();
    transport.close();

    const rows = await db.select().from(mailOutbox).where(eq(mailOutbox.to, 'lost@example.org'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'failed', attempts: 1, subject: message.subject });
    // Kept without its live link: whoever reads the outbox cannot use it.
    expect(rows[0]!.text).toContain('/verify-email/[link removed]');
    expect(JSON.stringify(rows[0])).not.toContain('tok_ZYXWVUTSRQPONMLKJIHGFEDCBA987654');
    expect(rows[0]!.lastError).toMatch(/ECONNREFUSED|connect/i);
  });
});

describe('sendMail without SMTP', () => {
  it('writes the message to the outbox as logged', async () => {
    const message = verifyEmailMessage({ email: 'outbox@example.org', name: 'Outbox' }, 'tok_outbox_0123456789abcdefghijklmn');
    await sendMail(message, db, { transport: null, from: 'no-reply@hidoc.test' });
    const rows = await db.select().from(mailOutbox).where(eq(mailOutbox.to, 'outbox@example.org'));
    expect(rows).toMatchObject([{ status: 'logged', subject: message.subject, text: message.text, html: message.html }]);
  });
});
