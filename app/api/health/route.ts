import { checkDatabase } from '@/lib/ops/health';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };

/** Said to whoever asks: the health answer is public, so it names no host, user or driver message. */
const REASONS = {
  unreachable: 'The database does not accept connections.',
  timeout: 'The database did not answer within 3 seconds.',
} as const;

/** Liveness plus a database round trip, for load balancers and uptime checks. */
export async function GET() {
  const health = await checkDatabase();
  if (health.ok) return Response.json({ status: 'ok', db: 'ok' }, { headers: noStore });
  return Response.json(
    { status: 'error', db: health.reason, reason: REASONS[health.reason] },
    // The launcher starts a stopped embedded server again within seconds (lib/db/supervised.ts).
    { status: 503, headers: { ...noStore, 'Retry-After': '10' } },
  );
}
