import http from 'node:http';
import { escapeHtml } from '@/lib/security/html';

/**
 * What the front cache answers instead of Next's 500 while the database is down: a 503 with
 * Retry-After, as a page for a browser and as JSON for a script (the view beacon, fetch calls).
 * Next cannot set either itself (a thrown error renders error.tsx with a 500), and only the
 * health check can tell a database outage from a bug, so the front cache asks it
 * (createHealthProbe) before it turns a 500 into this. The page is self-contained: the
 * stylesheet Next serves may be out of reach too.
 */

export const RETRY_AFTER_SECONDS = 30;
const HEALTH_TIMEOUT_MS = 5_000;
export const HEALTH_PATH = '/api/health';
/** While the database is down: how old the last health check may be before it is asked again. */
const RECHECK_MS = 1_000;

export type HealthProbe = {
  /**
   * Whether the database was down when a request's 500 came back (judged by a health check
   * begun no earlier than `answeredAt`), or was seen down at any time since `since`: a request
   * that began during an outage can fail just after the database is back, and that 500 is
   * still the outage's.
   */
  wasDown(options: { since: number; answeredAt: number }): Promise<boolean>;
  /** A health answer on its way to a reader (a load balancer's check), asked at `sentAt`. */
  noteHealthAnswer(status: number, sentAt: number): void;
  /**
   * false while the latest health check found the database up: no round trip then. Once one
   * found it down, whether it still is, asked again (shared) when that check is over a second old,
   * so the answer turns as soon as the database is back.
   */
  isDownNow(): false | Promise<boolean>;
};

/**
 * Next's health check, with every sighting of the database down remembered. A check is only
 * trusted for a 500 that came back before the check was sent: one sent earlier may have
 * passed just before the outage began. Checks sent together are shared.
 */
export function createHealthProbe(options: {
  upstream: { host: string; port: number };
  agent: http.Agent;
  now?: () => number;
}): HealthProbe {
  const now = options.now ?? Date.now;
  let last: { isDown: boolean; sentAt: number } | undefined;
  let lastDownAt = -Infinity;
  let pending: { sentAt: number; isDown: Promise<boolean> } | undefined;
  const note = (isDown: boolean, sentAt: number) => {
    if (!last || sentAt >= last.sentAt) last = { isDown, sentAt };
    if (isDown) lastDownAt = Math.max(lastDownAt, sentAt);
    return isDown;
  };
  const ask = () =>
    new Promise<boolean>((resolve) => {
      const request = http.get(
        { ...options.upstream, path: HEALTH_PATH, agent: options.agent, timeout: HEALTH_TIMEOUT_MS },
        (answer) => {
          answer.resume();
          resolve(answer.statusCode === 503);
        },
      );
      // Next not answering its health check is no proof the database is down: the 500 stands.
      request.on('timeout', () => request.destroy());
      request.on('error', () => resolve(false));
    });
  const isDownAfter = (answeredAt: number): Promise<boolean> => {
    if (last && last.sentAt >= answeredAt) return Promise.resolve(last.isDown);
    if (pending && pending.sentAt >= answeredAt) return pending.isDown;
    const sentAt = now();
    const check = { sentAt, isDown: ask().then((isDown) => note(isDown, sentAt)) };
    pending = check;
    void check.isDown.then(() => {
      if (pending === check) pending = undefined;
    });
    return check.isDown;
  };
  return {
    wasDown: async ({ since, answeredAt }) => (await isDownAfter(answeredAt)) || lastDownAt >= since,
    noteHealthAnswer: (status, sentAt) => void note(status === 503, sentAt),
    isDownNow: () => (last?.isDown ? isDownAfter(now() - RECHECK_MS) : false),
  };
}

export function answerUnavailable(req: http.IncomingMessage, res: http.ServerResponse, siteName: string): void {
  const wantsPage = /\btext\/html\b/.test(req.headers.accept ?? '');
  const body = wantsPage
    ? unavailablePage(siteName)
    : `${JSON.stringify({ error: 'The portal’s database is unavailable for a moment. Try again shortly.' })}\n`;
  res.writeHead(503, {
    'content-type': wantsPage ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'retry-after': String(RETRY_AFTER_SECONDS),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The site's look (teal brand, system font, the error page's layout), without its stylesheet. */
function unavailablePage(siteName: string): string {
  const name = escapeHtml(siteName);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Temporarily unavailable · ${name}</title>
<style>
  body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; color: #0f172a;
    font-family: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; }
  header { border-bottom: 1px solid #e2e8f0; padding: 1rem 1.5rem; }
  header a { color: #115e59; font-size: 1.25rem; font-weight: 700; text-decoration: none; }
  main { flex: 1; max-width: 42rem; margin: 0 auto; padding: 4rem 1rem; text-align: center; }
  h1 { font-size: 2.25rem; line-height: 1.2; letter-spacing: -0.025em; margin: 0; }
  p { font-size: 1.125rem; color: #334155; margin: 1rem 0 0; }
  .actions { margin-top: 2rem; display: flex; flex-wrap: wrap; justify-content: center; gap: 0.75rem; }
  .actions a { border-radius: 0.375rem; padding: 0.5rem 1rem; font-weight: 600; text-decoration: none; }
  .primary { background: #115e59; color: #fff; }
  .primary:hover { background: #134e4a; }
  .secondary { border: 1px solid #cbd5e1; color: #1e293b; }
  .secondary:hover { background: #f8fafc; }
  a:focus-visible { outline: 3px solid #115e59; outline-offset: 2px; }
</style>
</head>
<body>
<header><a href="/">${name}</a></header>
<main>
<h1>Temporarily unavailable</h1>
<p>This page needs the portal’s database, which is not answering just now. It is usually back within a minute; please try again shortly.</p>
<div class="actions">
<a class="primary" href="">Try again</a>
<a class="secondary" href="/">Go to the home page</a>
</div>
</main>
</body>
</html>
`;
}
