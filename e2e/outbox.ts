import postgres from 'postgres';

/*
 * The e2e server sends mail to the outbox table (no SMTP_URL): the tests read their links
 * from it, straight from the e2e database.
 */
const url = process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL;

let sql: postgres.Sql | undefined;
function database(): postgres.Sql {
  if (!url) throw new Error('Set E2E_DATABASE_URL to run the e2e suite.');
  sql ??= postgres(url, { max: 1, onnotice: () => {} });
  return sql;
}

/** The path of the newest link of a kind mailed to an address, waiting a little for it (mail goes out after the response). */
export async function linkFromOutbox(email: string, kind: 'verify-email' | 'reset-password'): Promise<string> {
  const pattern = new RegExp(`https?://[^/\\s]+(/${kind}/[A-Za-z0-9_-]+)`);
  for (let attempt = 0; attempt < 50; attempt++) {
    const rows = await database()<{ text: string }[]>`select text from mail_outbox where "to" = ${email} order by id desc limit 5`;
    for (const row of rows) {
      const path = pattern.exec(row.text)?.[1];
      if (path) return path;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No ${kind} link was mailed to ${email}`);
}

/** The subjects of the messages mailed to an address, newest first, once there are at least `count`. */
export async function subjectsTo(email: string, count: number): Promise<string[]> {
  let subjects: string[] = [];
  for (let attempt = 0; attempt < 50 && subjects.length < count; attempt++) {
    if (attempt) await new Promise((resolve) => setTimeout(resolve, 200));
    const rows = await database()<{ subject: string }[]>`select subject from mail_outbox where "to" = ${email} order by id desc`;
    subjects = rows.map((row) => row.subject);
  }
  return subjects;
}

export async function closeOutbox() {
  await sql?.end({ timeout: 5 });
  sql = undefined;
}
