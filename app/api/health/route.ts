import { checkDatabase } from '@/lib/ops/health';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };

/** Liveness plus a database round trip, for load balancers and uptime checks. */
export async function GET() {
  const health = await checkDatabase();
  if (health.ok) return Response.json({ status: 'ok', db: 'ok' }, { headers: noStore });
  return Response.json({ status: 'error', db: 'unreachable' }, { status: 503, headers: noStore });
}
