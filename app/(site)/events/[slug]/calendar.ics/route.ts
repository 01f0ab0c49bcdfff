import { buildEventCalendar } from '@/lib/content/calendar';
import { getPublishedEventBySlug } from '@/lib/content/events';
import { pathForEvent } from '@/lib/content/paths';
import { siteUrl } from '@/lib/env';
import { absoluteUrl, siteName } from '@/lib/site';

/*
 * An event's iCalendar file. Rendered once and cached like the event page (the file only
 * changes when the event does), not per request.
 */

export const dynamic = 'force-static';
export const revalidate = 300;

export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const event = await getPublishedEventBySlug((await params).slug);
  if (!event) {
    return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const body = buildEventCalendar(event, {
    pageUrl: absoluteUrl(pathForEvent(event.slug)),
    host: new URL(siteUrl()).hostname,
    productName: siteName,
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      // The slug is [a-z0-9-] only (checked by the query), so it needs no quoting rules.
      'Content-Disposition': `attachment; filename="${event.slug}.ics"`,
    },
  });
}
