import { describe, expect, it } from 'vitest';
import { escapeXml, renderRssFeed } from './rss';

const channel = {
  title: 'Hidoc Dr.: news & articles',
  link: 'https://example.org/',
  selfLink: 'https://example.org/feed.xml',
  description: 'Test',
  language: 'en-gb',
};

describe('renderRssFeed', () => {
  it('writes an RSS 2.0 channel with a self link, permalink guids and RFC 822 dates', () => {
    const xml = renderRssFeed(channel, [
      { title: 'First', link: 'https://example.org/news/first', description: 'One', publishedAt: new Date('2026-04-14T09:30:00Z') },
    ]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain('<atom:link href="https://example.org/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<guid isPermaLink="true">https://example.org/news/first</guid>');
    expect(xml).toContain('<pubDate>Tue, 14 Apr 2026 09:30:00 GMT</pubDate>');
    expect(xml).toContain('<lastBuildDate>Tue, 14 Apr 2026 09:30:00 GMT</lastBuildDate>');
    expect(xml).toContain('<title>Hidoc Dr.: news &amp; articles</title>');
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const xml = renderRssFeed(channel, [
      {
        title: 'A <b>bold</b> "claim" & \'more\'',
        link: 'https://example.org/news/a?x=1&y=2',
        description: 'Bad\u0000 bytes\u0008 and ]]> end \uD800 lone',
        publishedAt: new Date('2026-01-01T00:00:00Z'),
      },
    ]);
    expect(xml).toContain('<title>A &lt;b&gt;bold&lt;/b&gt; &quot;claim&quot; &amp; &apos;more&apos;</title>');
    expect(xml).toContain('<link>https://example.org/news/a?x=1&amp;y=2</link>');
    expect(xml).toContain('<description>Bad bytes and ]]&gt; end  lone</description>');
  });
});

describe('escapeXml', () => {
  it('keeps tabs, new lines, accents and emoji', () => {
    expect(escapeXml('Café\tα\n🩺')).toBe('Café\tα\n🩺');
  });
});
