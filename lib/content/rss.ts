/** RSS 2.0, written by hand: a dozen elements do not need a library, only careful escaping. */

export type RssChannel = {
  title: string;
  /** Absolute address of the site. */
  link: string;
  /** Absolute address of the feed itself (atom:link rel="self"). */
  selfLink: string;
  description: string;
  language: string;
};

export type RssItem = {
  title: string;
  /** Absolute address; also the item's permanent guid. */
  link: string;
  description: string;
  publishedAt: Date;
  categories?: string[];
};

export function renderRssFeed(channel: RssChannel, items: RssItem[]): string {
  const newest = items.reduce<Date | undefined>((latest, item) => (!latest || item.publishedAt > latest ? item.publishedAt : latest), undefined);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('language', channel.language),
    `<atom:link href="${escapeXml(channel.selfLink)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [element('lastBuildDate', toRfc822(newest))] : []),
    ...items.map(renderItem),
    '</channel>',
    '</rss>',
  ];
  return `${lines.join('\n')}\n`;
}

function renderItem(item: RssItem): string {
  return [
    '<item>',
    element('title', item.title),
    element('link', item.link),
    `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
    element('pubDate', toRfc822(item.publishedAt)),
    element('description', item.description),
    ...(item.categories ?? []).map((category) => element('category', category)),
    '</item>',
  ].join('\n');
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

/** "Tue, 14 Apr 2026 09:30:00 GMT": RFC 822 with a four-digit year, as RSS readers expect. */
export function toRfc822(date: Date): string {
  return date.toUTCString();
}

/**
 * Text safe inside an XML element or a quoted attribute. Characters XML 1.0 forbids outright
 * (most control characters, lone surrogates) are dropped: one of them in a summary would
 * make every reader reject the whole feed.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
