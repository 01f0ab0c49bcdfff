import http from 'node:http';
import type { Duplex } from 'node:stream';
import { LRUCache } from 'lru-cache';
import { SHARED_FOR_HEADER } from '@/lib/cache/shared-answers';
import { INTERNAL_SECRET_HEADER, isInternalPath } from '@/lib/security/internal-request';
import { answerUnavailable, createHealthProbe, HEALTH_PATH } from './unavailable';

/**
 * A one-second page cache in front of `next start`: what nginx calls a microcache. Next
 * serves a cached page at about 1,000 requests a second on this project's 2-core machine, a
 * stored copy here about 9,000; under a rush on one article (a news alert to every doctor at
 * once) readers get their page in milliseconds instead of queueing behind each other.
 *
 * It only keeps what Next itself serves from its page cache to everyone: a 200 marked
 * `x-nextjs-cache: HIT` (or STALE) with a shared Cache-Control (s-maxage, never private or
 * no-store) and no Set-Cookie. It only answers from a copy a request that any reader could
 * have sent: GET or HEAD, without a session cookie, without the router's RSC headers or
 * `_rsc` parameter. Everything else, POSTs and signed-in readers included, goes straight
 * through. A copy lives one second, so a change (publication, revalidateContent) reaches
 * readers at most a second later than Next's own cache shows it: no invalidation needed, and
 * Next still sees a request a second per page to keep its own revalidation going.
 *
 * It also keeps, for the few seconds the header says, a 200 rendered per request that Next
 * marks with SHARED_FOR_HEADER (lib/cache/shared-answers.ts: the search page, which is the same
 * for every anonymous reader), under the same rules for who may get a copy.
 *
 * It is also the front door, and hardened as nginx's proxy module is: a reader's claims about
 * the site's own address (X-Forwarded-Host, -Proto) never reach Next unless a proxy of ours
 * in front made them, and a request for anything but a page of this site (no Host or a bad
 * one, an absolute-form target, CONNECT, a protocol upgrade) is refused. Next is spared
 * oversized bodies and has a time limit to answer.
 */

export type FrontCacheOptions = {
  /** Where readers connect. */
  port: number;
  /** Omitted: every interface, as `next start` does. */
  host?: string;
  /** The `next start` behind it. */
  upstream: { host: string; port: number };
  /** How long a copy is served, in milliseconds. */
  ttlMs?: number;
  /** Memory for copies; the least recently read go first. */
  maxBytes?: number;
  /**
   * Proxies of ours in front (TRUSTED_PROXY_HOPS). With none, a client's X-Forwarded-Host
   * and X-Forwarded-Proto are replaced by the request's Host and `http`; with some, the
   * values the nearest one passed on are kept.
   */
  trustedProxyHops?: number;
  /** How long Next may take to answer headers once it has the request; then a 504. */
  upstreamTimeoutMs?: number;
  /** The largest request body passed to Next; a larger one gets a 413 and never reaches it. */
  maxBodyBytes?: number;
  /**
   * How long close() lets the requests under way finish before it cuts their connections
   * (SHUTDOWN_GRACE_SECONDS); omitted: 0, cut at once.
   */
  shutdownGraceMs?: number;
  /** Named on the 503 page shown while the database is down. */
  siteName?: string;
  now?: () => number;
};

export type FrontCache = {
  port: number;
  /**
   * Stops taking connections at once (a new one is refused), lets the requests under way finish,
   * each answer closing its connection, and resolves once the last connection is gone or the
   * grace period has passed, whichever comes first. Next is still needed until then.
   */
  close(): Promise<void>;
};

const DEFAULT_TTL_MS = 1_000;
/** The longest Next may ask a per-request answer to be shared (SHARED_FOR_HEADER). */
const MAX_SHARED_MS = 60_000;
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
const DEFAULT_UPSTREAM_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
/** While closing: how often connections left idle by an answer begun before close() are ended. */
const IDLE_SWEEP_MS = 100;
/** After a refusal with a body still arriving, how long it may keep coming before the socket goes. */
const LINGER_MS = 2_000;
/** How long before a request's start a sighting of the database down still explains its 500. */
const OUTAGE_MARGIN_MS = 5_000;
/** A page larger than this is passed through without a copy. */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=/;
/**
 * The signed-in areas: every page there reads the session's row before anything else, and the
 * admin's pages stream (loading.tsx), so Next has sent its 200 before a query of the page fails
 * (a client navigation between them skips the layout's check and gets error.tsx with that 200).
 */
const NEEDS_DATABASE = /^\/(?:admin|account)(?:[/?]|$)/;
/** Requests the App Router makes for its own payloads: per-navigation answers, never copied. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'next-action'];
// `expect` too: a 100-continue is answered here (checkContinue), Next gets the body as it comes.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'expect']);
/** A name with an optional port, or a bracketed IPv6 address: no path, user or spaces. */
const VALID_HOST = /^(?:[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

type Entry = { status: number; headers: http.OutgoingHttpHeaders; body: Buffer; storedAt: number; ttlMs: number };

/** The key a request's copy is kept under, or null when it must go to Next. */
export function cacheKeyOf(req: Pick<http.IncomingMessage, 'method' | 'url' | 'headers'>): string | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  const url = req.url ?? '/';
  if (/[?&]_rsc=/.test(url)) return null;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  if (SESSION_COOKIE.test(req.headers.cookie ?? '')) return null;
  // Next compresses for the encodings a reader accepts: one copy per way of asking.
  const encoding = String(req.headers['accept-encoding'] ?? '').toLowerCase().replace(/\s+/g, '');
  // A copy made for one Host never answers another, whatever Next built from the Host.
  const host = (req.headers.host ?? '').toLowerCase();
  return `${encoding} ${host} ${url}`;
}

/** Whether Next's answer is a page it serves to everyone from its own cache. */
export function isSharedPage(res: Pick<http.IncomingMessage, 'statusCode' | 'headers'>): boolean {
  if (res.statusCode !== 200 || res.headers['set-cookie'] !== undefined) return false;
  const nextCache = String(res.headers['x-nextjs-cache'] ?? '');
  const cacheControl = String(res.headers['cache-control'] ?? '');
  return (
    (nextCache === 'HIT' || nextCache === 'STALE') &&
    /\bs-maxage=\d+/.test(cacheControl) &&
    !/\b(?:private|no-store|no-cache)\b/.test(cacheControl)
  );
}

/**
 * How long a copy of Next's answer may serve other readers, in milliseconds, or 0 when it must
 * not be kept: `ttlMs` for a page from Next's own cache (isSharedPage), the seconds Next names
 * in SHARED_FOR_HEADER (up to a minute) for a 200 rendered per request that is the same for
 * every anonymous reader, and that sets no cookie.
 */
export function sharedLifetimeOf(res: Pick<http.IncomingMessage, 'statusCode' | 'headers'>, ttlMs: number): number {
  if (isSharedPage(res)) return ttlMs;
  if (res.statusCode !== 200 || res.headers['set-cookie'] !== undefined) return 0;
  const seconds = String(res.headers[SHARED_FOR_HEADER] ?? '');
  return /^[1-9]\d{0,2}$/.test(seconds) ? Math.min(Number(seconds) * 1_000, MAX_SHARED_MS) : 0;
}

function endToEndHeaders(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const kept: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) kept[name] = value;
  }
  return kept;
}

/** Next's answer as readers get it: the note to this cache (SHARED_FOR_HEADER) is not theirs. */
function answerHeadersOf(answer: http.IncomingMessage): http.OutgoingHttpHeaders {
  const headers = endToEndHeaders(answer.headers);
  delete headers[SHARED_FOR_HEADER];
  return headers;
}

/**
 * Whether every percent-escape in the path spells UTF-8. Next cannot decode /news/%ff into the
 * route's parameter, means to answer 400 and, with no 400 page in an App Router build, answers
 * a bare 500 instead. (The query string is Next's to read: it copes with any.)
 */
function isDecodablePath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * A multipart body names its boundary; without one, Next, which reads any multipart POST to a
 * page as a form's server action, fails to parse it and answers a 500.
 */
function isMultipartWithoutBoundary(req: http.IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (type === undefined || !/^\s*multipart\/form-data\s*(?:;|$)/i.test(type)) return false;
  return !/;\s*boundary=(?:"[^"]+"|[^\s;"]+)/i.test(type);
}

/**
 * A multipart POST without Next-Action is, to Next, a form's server action posted without
 * JavaScript: Next parses its body, and answers a 500 when it cannot.
 */
function isFormPost(req: http.IncomingMessage): boolean {
  return req.method === 'POST' && /^\s*multipart\/form-data/i.test(req.headers['content-type'] ?? '') && req.headers['next-action'] === undefined;
}

type Refusal = { status: number; message: string };
const PLAIN_TEXT = { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' };

/** Why the door turns a request away, or null when it may go on. */
function refusalOf(req: http.IncomingMessage, maxBodyBytes: number): Refusal | null {
  // Absolute-form (`GET http://elsewhere/ HTTP/1.1`) and `*` targets ask for a forward proxy
  // or the server itself: neither is a page of this site, and nginx answers them 400 too.
  if (!req.url?.startsWith('/')) return { status: 400, message: 'Bad request: only paths on this site are served here.' };
  // Node already answers an HTTP/1.1 request without Host 400; an HTTP/1.0 one names no site
  // either, and a Host with a path or spaces in it is not an address we could be.
  const host = req.headers.host;
  if (host === undefined || !VALID_HOST.test(host)) return { status: 400, message: 'Bad request: the Host header must name this site.' };
  // Node's fetch, which Next builds every route handler's and middleware's request with, throws
  // on TRACE: a bare 500. Nothing here answers it (nginx refuses it the same way).
  if (req.method === 'TRACE') return { status: 405, message: 'Method not allowed.' };
  if (!isDecodablePath(req.url)) return { status: 400, message: 'Bad request: the address has an invalid percent-encoding.' };
  if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) return { status: 413, message: 'The request is too large.' };
  if (isMultipartWithoutBoundary(req)) return { status: 400, message: 'Bad request: a multipart body needs its boundary.' };
  // The launcher's own routes (the scheduler's publish-due) are reached on Next's port only.
  if (isInternalPath(req.url)) return { status: 404, message: 'Not found.' };
  return null;
}

/**
 * Answers and closes. A body still on its way is read and dropped for a moment first: closing
 * on unread bytes resets the connection, and the client would never read the answer.
 */
function refuse(req: http.IncomingMessage, res: http.ServerResponse, { status, message }: Refusal): void {
  const body = `${message}\n`;
  res.writeHead(status, { ...PLAIN_TEXT, 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.write(body);
  endOnceBodyIsIn(req, res);
}

/**
 * A lingering close, as nginx makes, for an answer sent before the request's body was all in (a
 * `Connection: close` one): the connection ends only once the client has sent the rest of its
 * body (read and dropped here) or LINGER_MS passed. Node ends it as soon as the answer is out,
 * which resets a client still uploading: it sees a broken pipe, never the answer.
 */
function endOnceBodyIsIn(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.readableEnded) return void res.end();
  const timer = setTimeout(() => {
    res.end();
    req.socket.destroy();
  }, LINGER_MS).unref();
  const finish = () => {
    clearTimeout(timer);
    res.end();
  };
  req.once('end', finish);
  req.once('error', finish);
  req.resume();
}

/** The same for a socket Node has handed over raw (CONNECT, Upgrade): no ServerResponse there. */
function refuseSocket(socket: Duplex, { status, message }: Refusal): void {
  const body = `${message}\n`;
  socket.on('error', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\ncontent-type: text/plain; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\ncache-control: no-store\r\nconnection: close\r\n\r\n${body}`,
  );
  const timer = setTimeout(() => socket.destroy(), LINGER_MS).unref();
  socket.once('close', () => clearTimeout(timer));
}

export function startFrontCache(options: FrontCacheOptions): Promise<FrontCache> {
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const trustedProxyHops = options.trustedProxyHops ?? 0;
  const upstreamTimeoutMs = options.upstreamTimeoutMs ?? DEFAULT_UPSTREAM_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const shutdownGraceMs = options.shutdownGraceMs ?? 0;
  const now = options.now ?? Date.now;
  /** Set by close(): resolves once the last connection is gone. */
  let closing: Promise<void> | undefined;
  /**
   * An answer's headers; while closing, with `Connection: close`, so a kept-alive reader gets
   * its answer and then a closed connection, never a second request cut off by the stop.
   */
  const headersFor = (headers: http.OutgoingHttpHeaders): http.OutgoingHttpHeaders =>
    closing ? { ...headers, connection: 'close' } : headers;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const health = createHealthProbe({ upstream: options.upstream, agent, now });
  // The one-second life is checked against storedAt below rather than with lru-cache's ttl, which
  // counts an entry fresh at exactly its ttl and reads its own clock, not `now`.
  const copies = new LRUCache<string, Entry>({
    maxSize: maxBytes,
    // The key too: lru-cache wants a size above 0, and an empty page is still a copy.
    sizeCalculation: (entry, key) => entry.body.length + key.length,
  });
  /** The one fetch under way for a key: what it stored, or null when there is nothing to share. */
  const inFlight = new Map<string, Promise<Entry | null>>();

  const answerFromCopy = (req: http.IncomingMessage, res: http.ServerResponse, copy: Entry) => {
    res.writeHead(copy.status, headersFor({ ...copy.headers, 'x-front-cache': 'HIT' }));
    res.end(req.method === 'HEAD' ? undefined : copy.body);
  };

  const handle = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const refusal = refusalOf(req, maxBodyBytes);
    if (refusal) return refuse(req, res, refusal);
    const key = cacheKeyOf(req);
    if (key === null) {
      const pass = () => (isFormPost(req) ? forwardCheckedForm(req, res) : forward(req, res, null));
      // While the health check says the database is down, a page that needs it gets its 503 here,
      // before Next could stream a 200; while it says up (the last check), no check is made.
      const isDown = (req.method === 'GET' || req.method === 'HEAD') && NEEDS_DATABASE.test(req.url!) && health.isDownNow();
      if (!isDown) return pass();
      return void isDown.then((down) => {
        if (res.destroyed) return;
        if (down) answerUnavailable(req, res, options.siteName ?? 'The portal');
        else pass();
      });
    }
    const copy = copies.get(key);
    if (copy) {
      if (now() - copy.storedAt < copy.ttlMs) return answerFromCopy(req, res, copy);
      copies.delete(key);
    }
    const pending = inFlight.get(key);
    if (pending) return void waitFor(pending, req, res);
    forward(req, res, req.method === 'GET' ? key : null);
  };

  const server = http.createServer(handle);
  // Without this Node answers `Expect: 100-continue` itself, inviting a body we are about to refuse.
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (refusalOf(req, maxBodyBytes) === null) res.writeContinue();
    handle(req, res);
  });
  // No WebSocket reaches Next in production (nothing there serves one), and an unanswered
  // upgrade would leave the socket hanging.
  server.on('upgrade', (_req: http.IncomingMessage, socket: Duplex) =>
    refuseSocket(socket, { status: 501, message: 'Protocol upgrades (WebSocket) are not served here.' }),
  );
  server.on('connect', (_req: http.IncomingMessage, socket: Duplex) =>
    refuseSocket(socket, { status: 400, message: 'Bad request: this is not a forward proxy.' }),
  );

  /** nginx's proxy_cache_lock: wait for the fetch under way, no longer than Next itself gets. */
  async function waitFor(pending: Promise<Entry | null>, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<null>((resolve) => (timer = setTimeout(resolve, upstreamTimeoutMs, null).unref()));
    const entry = await Promise.race([pending, waited]);
    clearTimeout(timer);
    if (req.socket.destroyed) return;
    if (entry) answerFromCopy(req, res, entry);
    else forward(req, res, null);
  }

  /**
   * A form's POST (isFormPost) is read whole first, as nginx reads request bodies before passing
   * them on, and parsed with the parser Next uses (Node's fetch): one it cannot read gets a 400
   * here, never Next's 500.
   */
  function forwardCheckedForm(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > maxBodyBytes) return;
      size += chunk.length;
      if (size > maxBodyBytes) refuse(req, res, { status: 413, message: 'The request is too large.' });
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > maxBodyBytes) return;
      const body = Buffer.concat(chunks);
      new Response(body, { headers: { 'content-type': String(req.headers['content-type']) } }).formData().then(
        () => forward(req, res, null, false, body),
        () => refuse(req, res, { status: 400, message: 'Bad request: the form’s multipart body could not be read.' }),
      );
    });
  }

  /** `body`: the request's body, already read (forwardCheckedForm); otherwise it is passed on as it comes. */
  function forward(req: http.IncomingMessage, res: http.ServerResponse, key: string | null, isRetry = false, body?: Buffer): void {
    const startedAt = now();
    const headers = endToEndHeaders(req.headers);
    // Only the launcher, on Next's own port, speaks to the internal routes.
    delete headers[INTERNAL_SECRET_HEADER];
    const forwardedFor = req.headers['x-forwarded-for'];
    headers['x-forwarded-for'] = [forwardedFor, req.socket.remoteAddress].filter(Boolean).join(', ');
    if (trustedProxyHops === 0) {
      // Nobody we trust is in front: the site's address is the Host the client connected for,
      // never what it claims besides (Next checks a server action's Origin against this).
      headers['x-forwarded-host'] = req.headers.host;
      headers['x-forwarded-proto'] = 'http';
      delete headers['x-forwarded-port'];
      delete headers.forwarded;
    } else {
      headers['x-forwarded-host'] ??= req.headers.host;
      headers['x-forwarded-proto'] ??= 'http';
    }

    let release: (entry: Entry | null) => void = () => {};
    if (key !== null) {
      let resolve: (entry: Entry | null) => void = () => {};
      const pending = new Promise<Entry | null>((done) => (resolve = done));
      inFlight.set(key, pending);
      release = (entry) => {
        if (inFlight.get(key) === pending) inFlight.delete(key);
        resolve(entry);
      };
    }

    let timer: NodeJS.Timeout | undefined;
    let hasAnswered = false;
    let isTooLarge = false;
    /** Next answered before it had the whole body: the rest is read from the client and dropped. */
    let isBodyDropped = false;
    const upstream = http.request(
      { host: options.upstream.host, port: options.upstream.port, method: req.method, path: req.url, headers, agent },
      (answer) => {
        hasAnswered = true;
        clearTimeout(timer);
        if (answer.statusCode === 500) {
          release(null);
          return void answerServerError(req, res, answer, startedAt);
        }
        if (req.url === HEALTH_PATH) health.noteHealthAnswer(answer.statusCode ?? 0, startedAt);
        // Next answers before reading the whole body only to refuse it (a route's or middleware's
        // 413): this connection cannot carry another request, and must not end under the upload.
        const isBodyPending = !req.readableEnded;
        const answerHeaders = headersFor(answerHeadersOf(answer));
        res.writeHead(answer.statusCode ?? 502, isBodyPending ? { ...answerHeaders, connection: 'close' } : answerHeaders);
        const chunks: Buffer[] = [];
        let size = 0;
        const lifetimeMs = key === null ? 0 : sharedLifetimeOf(answer, ttlMs);
        let isKeeping = lifetimeMs > 0;
        // Not a page to share: whoever waits for it asks Next themselves, now.
        if (!isKeeping) release(null);
        else {
          answer.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > MAX_ENTRY_BYTES) isKeeping = false;
            else chunks.push(chunk);
          });
          answer.on('end', () => {
            if (!isKeeping || !answer.complete) return release(null);
            const entry: Entry = { status: 200, headers: answerHeadersOf(answer), body: Buffer.concat(chunks), storedAt: now(), ttlMs: lifetimeMs };
            copies.set(key!, entry);
            release(entry);
          });
        }
        answer.on('close', () => release(null));
        answer.pipe(res, { end: !isBodyPending });
        if (isBodyPending) {
          isBodyDropped = true;
          answer.once('close', () => {
            // Its connection to Next is half a request: of no use to anyone.
            upstream.destroy();
            if (answer.complete) endOnceBodyIsIn(req, res);
            else res.destroy();
          });
        }
      },
    );
    // nginx's proxy_read_timeout for the first byte: counted once Next has the whole request.
    upstream.on('finish', () => {
      if (hasAnswered) return;
      timer = setTimeout(() => {
        release(null);
        if (!res.headersSent) {
          res.writeHead(504, headersFor(PLAIN_TEXT));
          res.end('The portal is taking too long to answer. Try again in a moment.\n');
        }
        upstream.destroy();
      }, upstreamTimeoutMs);
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      release(null);
      // A kept-alive connection Next closed (its idle timeout) just as this request went out on it:
      // asked again once on a fresh one, as nginx's proxy_next_upstream does, when nothing was
      // answered yet and the request had no body to send again.
      if (!isRetry && !hasAnswered && upstream.reusedSocket && error.code === 'ECONNRESET' && received === 0 && req.readableEnded && !res.headersSent) {
        forward(req, res, key, true);
        return;
      }
      // Already answered: the 504 or the 413 that made us cut the request short, or Next's own
      // refusal, which its answer's close handles.
      if (res.writableEnded || isBodyDropped) return;
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(502, headersFor(PLAIN_TEXT));
      res.end('The portal is starting or restarting. Try again in a moment.\n');
    });
    // A reader who gives up stops the work behind them too.
    res.on('close', () => {
      clearTimeout(timer);
      if (res.writableFinished) return;
      // Whoever waits for this answer asks Next themselves.
      release(null);
      upstream.destroy();
    });
    // Counted as it arrives, for bodies without a Content-Length: Next never gets more than the limit.
    let received = body?.length ?? 0;
    if (body) return void upstream.end(body);
    req.on('data', (chunk: Buffer) => {
      if (isTooLarge || isBodyDropped) return;
      received += chunk.length;
      if (received > maxBodyBytes) {
        isTooLarge = true;
        release(null);
        clearTimeout(timer);
        if (res.headersSent) res.destroy();
        else refuse(req, res, { status: 413, message: 'The request is too large.' });
        upstream.destroy();
        return;
      }
      if (!upstream.write(chunk)) req.pause();
    });
    upstream.on('drain', () => req.resume());
    req.on('end', () => {
      if (!isTooLarge && !isBodyDropped) upstream.end();
    });
    // Asked again: the request had already been read to its end.
    if (isRetry) upstream.end();
  }

  /**
   * Next answers 500 for whatever a page or route handler threw. While the database is down
   * that is no bug but an outage: the reader gets a 503 with Retry-After instead (unavailable.ts).
   */
  function answerServerError(req: http.IncomingMessage, res: http.ServerResponse, answer: http.IncomingMessage, startedAt: number): void {
    const answeredAt = now();
    const chunks: Buffer[] = [];
    answer.on('data', (chunk: Buffer) => chunks.push(chunk));
    // Cut short by Next: there is no whole answer to judge or pass on.
    answer.on('close', () => {
      if (!answer.complete) res.destroy();
    });
    answer.on('end', () => {
      // A few seconds before the request too: its first query may have met the outage's last moments.
      void health.wasDown({ since: startedAt - OUTAGE_MARGIN_MS, answeredAt }).then((isDown) => {
        if (res.destroyed) return;
        if (isDown) return answerUnavailable(req, res, options.siteName ?? 'The portal');
        res.writeHead(500, headersFor(answerHeadersOf(answer)));
        res.end(Buffer.concat(chunks));
      });
    });
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : options.port,
        close: () =>
          (closing ??= new Promise<void>((done) => {
            // Answers begun before now still leave their connections open for another request:
            // those are ended as soon as they fall idle. Requests under way get the grace period.
            const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
            const cut = setTimeout(() => server.closeAllConnections(), shutdownGraceMs);
            server.close(() => {
              clearInterval(sweep);
              clearTimeout(cut);
              agent.destroy();
              done();
            });
          })),
      });
    });
  });
}
