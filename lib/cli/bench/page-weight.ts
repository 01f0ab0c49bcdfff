import { gzipSync } from 'node:zlib';

/**
 * What a page weighs for a reader: its HTML and the JavaScript its <script src> tags load,
 * measured gzipped (as served over the network). Chunks are fetched once per run.
 */

export type PageWeight = {
  status: number;
  /** x-nextjs-cache of this request: HIT, MISS, STALE, or null for a page rendered per request. */
  cache: string | null;
  htmlBytes: number;
  /** Every script the page loads, by address. */
  scripts: string[];
};

const chunkSizes = new Map<string, Promise<number>>();

export async function weighPage(url: string, headers?: Record<string, string>): Promise<PageWeight> {
  const response = await fetch(url, { headers, redirect: 'manual' });
  const html = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    cache: response.headers.get('x-nextjs-cache'),
    htmlBytes: html.byteLength,
    scripts: listScriptSources(html.toString('utf8'), url),
  };
}

/** The absolute addresses of a document's external scripts, in order, without repeats. */
export function listScriptSources(html: string, pageUrl: string): string[] {
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*?\ssrc="([^"]+)"/gi)) {
    sources.add(new URL(match[1]!.replace(/&amp;/g, '&'), pageUrl).toString());
  }
  return [...sources];
}

/** The gzip size of these scripts together, in bytes. */
export async function measureGzipBytes(scripts: readonly string[]): Promise<number> {
  const sizes = await Promise.all(scripts.map(gzipSizeOf));
  return sizes.reduce((sum, size) => sum + size, 0);
}

function gzipSizeOf(url: string): Promise<number> {
  let size = chunkSizes.get(url);
  if (!size) {
    size = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return gzipSync(Buffer.from(await response.arrayBuffer())).byteLength;
    });
    chunkSizes.set(url, size);
  }
  return size;
}
