import { revalidateContent } from '@/lib/content/revalidate';
import { listDueScheduledItems } from '@/lib/content/scheduled';
import { env } from '@/lib/env';
import { isInternalRequest } from '@/lib/security/internal-request';

/*
 * The launcher's scheduler (lib/cli/publish-scheduler.ts) calls this every few seconds and at
 * each scheduled item's time: the items whose time has come since the last call get their
 * pages revalidated here, inside Next, where revalidatePath and revalidateTag work. Anyone
 * else gets the 404 of an address that does not exist.
 */

export const dynamic = 'force-dynamic';

/**
 * Up to when this process has announced, by the database's clock: kept in memory, because
 * so is the page cache. A page cached before the process started does not exist, so the
 * first call looks back to the process's start (a minute more, for the two clocks).
 */
const STATE = Symbol.for('hidoc-portal.publish-due');
type State = { since: Date };
const LOOK_BACK_MS = 60_000;

function state(): State {
  const registry = globalThis as Record<symbol, State | undefined>;
  return (registry[STATE] ??= { since: new Date(Date.now() - process.uptime() * 1000 - LOOK_BACK_MS) });
}

export async function POST(request: Request): Promise<Response> {
  if (!isInternalRequest(request.headers, env.INTERNAL_API_SECRET)) {
    return new Response('Not found', { status: 404, headers: { 'cache-control': 'no-store' } });
  }
  const current = state();
  const { due, now, nextInMs } = await listDueScheduledItems(current.since);
  for (const item of due) revalidateContent(item);
  current.since = now;
  return Response.json(
    { announced: due.map((item) => `${item.kind}:${item.slug}`), nextInMs },
    { headers: { 'cache-control': 'no-store' } },
  );
}
