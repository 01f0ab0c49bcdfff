import http from 'node:http';
import postgres from 'postgres';

/*
 * A load of a few readers and writers kept running across a database outage, every answer
 * recorded: a cached public page, a page that needs the database, the view beacon, the health
 * check, and bookmark saves by signed-in doctors (a write whose success answer can be checked
 * against the database afterwards).
 */

export type Client = 'cached page' | 'search page' | 'view beacon' | 'health' | 'bookmark save';
export const CLIENTS: Client[] = ['cached page', 'search page', 'view beacon', 'health', 'bookmark save'];

export type Answer = {
  client: Client;
  startedAt: number;
  endedAt: number;
  /** 0 when the connection failed (refused, reset, cut): `error` says how. */
  status: number;
  error?: string;
  retryAfter?: string;
  contentType?: string;
  body: string;
  /** The bookmark's owner and item, for a save. */
  write?: { userId: number; kind: string; slug: string };
};

export type Writer = { userId: number; cookie: string };
export type Target = { kind: string; slug: string };

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

function send(port: number, request: { method?: string; path: string; headers?: http.OutgoingHttpHeaders; body?: string }) {
  return new Promise<Omit<Answer, 'client' | 'startedAt' | 'endedAt'>>((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: request.method ?? 'GET',
        path: request.path,
        // A connection per request: a refused or reset one is seen as such, never retried.
        agent: false,
        headers: { 'user-agent': BROWSER, ...request.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'],
            contentType: res.headers['content-type'],
            body,
          }),
        );
        res.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, error: error.code ?? error.message, body }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: 0, error: error.code ?? error.message, body: '' }));
    req.end(request.body);
  });
}

/** The published items a doctor can bookmark, read from the database itself. */
export async function listBookmarkTargets(databaseUrl: string): Promise<Target[]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return await sql<Target[]>`
      select kind, slug from posts where status = 'published' and published_at <= now()
      union all select 'event', slug from events where status = 'published' and published_at <= now()
      union all select 'video', slug from videos where status = 'published' and published_at <= now()
      order by kind, slug`;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

export async function userIdOf(databaseUrl: string, email: string): Promise<number> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ id: number }[]>`select id from users where email = ${email}`;
    if (!row) throw new Error(`no user ${email}`);
    return row.id;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

/** The bookmarks that are in the database, as `userId kind slug`. */
export async function storedBookmarks(databaseUrl: string, userIds: number[]): Promise<Set<string>> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const rows = await sql<{ userId: number; kind: string; slug: string }[]>`
      select b.user_id as "userId", coalesce(p.kind, case when e.id is not null then 'event' else 'video' end) as kind,
             coalesce(p.slug, e.slug, v.slug) as slug
      from bookmarks b left join posts p on p.id = b.post_id left join events e on e.id = b.event_id left join videos v on v.id = b.video_id
      where b.user_id in ${sql(userIds)}`;
    return new Set(rows.map((row) => `${row.userId} ${row.kind} ${row.slug}`));
  } finally {
    await sql.end({ timeout: 1 });
  }
}

export type Load = {
  answers: Answer[];
  /** Stops every client after its request under way; resolves with every answer. */
  stop(): Promise<Answer[]>;
};

export function startLoad(options: {
  port: number;
  cachedPath: string;
  databasePath: string;
  beacon: Target;
  writers: Writer[];
  targets: Target[];
}): Load {
  const { port } = options;
  const answers: Answer[] = [];
  let isRunning = true;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const loop = async (client: Client, gapMs: number, next: () => Parameters<typeof send>[1] | null, write?: () => Answer['write']) => {
    while (isRunning) {
      const request = next();
      if (!request) return;
      const about = write?.();
      const startedAt = Date.now();
      const answer = await send(port, request);
      answers.push({ client, startedAt, endedAt: Date.now(), ...answer, ...(about ? { write: about } : {}) });
      await pause(gapMs);
    }
  };
  const html = { accept: 'text/html,application/xhtml+xml' };
  const origin = `http://127.0.0.1:${port}`;
  // Each doctor saves each item once, in turn: a write per item and owner, never repeated.
  const saves = options.writers.flatMap((writer) => options.targets.map((target) => ({ writer, target })));
  let saveIndex = -1;
  let searchIndex = 0;
  const loops = [
    loop('cached page', 50, () => ({ path: options.cachedPath, headers: html })),
    // A different address each time: a search run again within five seconds is answered from the
    // front cache's copy (lib/cache/shared-answers.ts), and this client is one nobody ran just now.
    loop('search page', 50, () => ({ path: `${options.databasePath}&try=${(searchIndex += 1)}`, headers: html })),
    loop('view beacon', 100, () => ({
      method: 'POST',
      path: '/api/views',
      headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify(options.beacon),
    })),
    loop('health', 100, () => ({ path: '/api/health' })),
    loop(
      'bookmark save',
      150,
      () => {
        const save = saves[++saveIndex];
        if (!save) return null;
        return {
          method: 'POST',
          path: '/api/bookmarks',
          headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin', cookie: save.writer.cookie },
          body: JSON.stringify(save.target),
        };
      },
      () => {
        const save = saves[saveIndex]!;
        return { userId: save.writer.userId, ...save.target };
      },
    ),
  ];
  return {
    answers,
    stop: async () => {
      isRunning = false;
      await Promise.all(loops);
      return answers;
    },
  };
}

/** What each client got, for a failure message: `status ×count`, in order of first sight. */
export function summarize(answers: Answer[]): Record<string, string> {
  const summary: Record<string, Map<string, number>> = {};
  for (const answer of answers) {
    const key = answer.status === 0 ? `error ${answer.error}` : String(answer.status);
    const counts = (summary[answer.client] ??= new Map());
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return Object.fromEntries(Object.entries(summary).map(([client, counts]) => [client, [...counts].map(([k, n]) => `${k}×${n}`).join(' ')]));
}
