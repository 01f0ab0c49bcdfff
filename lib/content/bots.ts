/*
 * Who is not a reader. A view counts only when a person opens a page: crawlers, link
 * previewers, monitors and headless browsers announce themselves in the User-Agent, and
 * browsers mark speculative loads (prefetch, prerender) with a header. Both checks are
 * cheap string tests, run before the database is touched.
 */

// Words that well-behaved automated clients put in their User-Agent. "headless" catches
// HeadlessChrome (Puppeteer, Playwright by default); "preview" the chat apps' link unfurlers.
const AUTOMATED_AGENT =
  /bot|crawl|spider|slurp|scrap|facebookexternalhit|facebookcatalog|embedly|preview|headless|phantomjs|selenium|puppeteer|playwright|lighthouse|pagespeed|gtmetrix|pingdom|uptime|monitor|validator|feedfetcher|feedburner|mediapartners|ia_archiver|archive\.org|curl\/|wget\/|python-requests|python-urllib|aiohttp|httpx|go-http-client|java\/|okhttp|apache-httpclient|node-fetch|undici|axios|libwww|whatsapp|slack-imgproxy|vkshare|w3c_|qwantify|semrush|ahrefs|mj12|bytespider|ccbot|perplexity/i;

/** True for an empty or missing User-Agent too: every browser sends one. */
export function isAutomatedAgent(userAgent: string | null | undefined): boolean {
  if (!userAgent || userAgent.trim() === '') return true;
  return AUTOMATED_AGENT.test(userAgent);
}

/**
 * A prefetch or prerender, not a person looking: Chromium's `Sec-Purpose: prefetch`
 * (also `prefetch;prerender`), the older `Purpose`/`X-Purpose`/`X-Moz`, and Next.js's
 * router prefetch.
 */
export function isSpeculativeRequest(headers: Headers): boolean {
  const purpose = [headers.get('sec-purpose'), headers.get('purpose'), headers.get('x-purpose'), headers.get('x-moz')]
    .filter((value): value is string => value !== null)
    .join(' ')
    .toLowerCase();
  if (/prefetch|prerender|preview/.test(purpose)) return true;
  return headers.has('next-router-prefetch');
}
