import { describe, expect, it } from 'vitest';
import { isAutomatedAgent, isSpeculativeRequest } from './bots';

const browsers = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
];

const automated = [
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36',
  'Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)',
  'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  'Twitterbot/1.0',
  'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
  'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
  'WhatsApp/2.23.20.0',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)',
  'Mozilla/5.0 (compatible; GPTBot/1.0; +https://openai.com/gptbot)',
  'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Chrome-Lighthouse',
  'curl/8.5.0',
  'Wget/1.21.4',
  'python-requests/2.32.3',
  'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)',
  'Go-http-client/1.1',
  'SkypeUriPreview Preview/0.5',
  'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
];

// Automated clients that name themselves without any of the usual words (bot, crawl, spider…),
// so a short hand-kept pattern lets them through as readers.
const automatedWithoutTheUsualWords = [
  'Mozilla/5.0 (compatible; Google-InspectionTool/1.0;)',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/41.0.2228.0 Safari/537.36 Google Favicon',
  'Mastodon/4.2.0 (http.rb/5.1.1; +https://mastodon.social/)',
  'Iframely/1.3.1 (+https://iframely.com/docs/about)',
  'Pinterest/0.2 (+http://www.pinterest.com/)',
  'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Claude-User/1.0; +Claude-User@anthropic.com)',
  'PostmanRuntime/7.36.0',
  'Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)',
];

describe('isAutomatedAgent', () => {
  it.each(browsers)('counts a browser: %s', (ua) => {
    expect(isAutomatedAgent(ua)).toBe(false);
  });

  it.each(automated)('does not count: %s', (ua) => {
    expect(isAutomatedAgent(ua)).toBe(true);
  });

  it.each(automatedWithoutTheUsualWords)('does not count a client without the usual words either: %s', (ua) => {
    expect(isAutomatedAgent(ua)).toBe(true);
  });

  it('does not count a request with no User-Agent', () => {
    expect(isAutomatedAgent(null)).toBe(true);
    expect(isAutomatedAgent(undefined)).toBe(true);
    expect(isAutomatedAgent('  ')).toBe(true);
  });
});

describe('isSpeculativeRequest', () => {
  it('recognises prefetch and prerender headers', () => {
    const cases: Array<Record<string, string>> = [
      { 'Sec-Purpose': 'prefetch' },
      { 'Sec-Purpose': 'prefetch;prerender' },
      { Purpose: 'prefetch' },
      { 'X-Purpose': 'preview' },
      { 'X-Moz': 'prefetch' },
      { 'Next-Router-Prefetch': '1' },
    ];
    for (const headers of cases) {
      expect(isSpeculativeRequest(new Headers(headers)), JSON.stringify(headers)).toBe(true);
    }
  });

  it('lets an ordinary request through', () => {
    expect(isSpeculativeRequest(new Headers({ 'Content-Type': 'application/json', 'Sec-Fetch-Mode': 'no-cors' }))).toBe(false);
  });
});
