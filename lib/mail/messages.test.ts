import { describe, expect, it } from 'vitest';
import { siteUrl } from '@/lib/env';
import { accountExistsMessage, mailLink, passwordChangedMessage, resetPasswordMessage, verifyEmailMessage } from './messages';

const user = { email: 'anita@example.org', name: 'Anita <b>Sharma</b> & "Co"' };
const TOKEN = 'tok_0123456789abcdefghijklmnopqrstu';

describe('mail messages', () => {
  const all = {
    verify: verifyEmailMessage(user, TOKEN),
    exists: accountExistsMessage(user),
    reset: resetPasswordMessage(user, TOKEN),
    changed: passwordChangedMessage(user),
  };

  it('each has a subject, a plain-text and an HTML body, the site name and the recipient', () => {
    for (const [name, message] of Object.entries(all)) {
      expect(message.to, name).toBe('anita@example.org');
      expect(message.subject, name).toContain('Hidoc Dr.');
      expect(message.text, name).toContain('Hidoc Dr.');
      expect(message.html, name).toMatch(/^<!doctype html>/);
      expect(message.html, name).toContain('Hidoc Dr.');
      expect(message.text, name).not.toMatch(/<(p|a|br|div)[ >]/);
    }
  });

  it('escapes what the user typed in the HTML body', () => {
    expect(all.verify.html).toContain('Hello Anita &lt;b&gt;Sharma&lt;/b&gt; &amp; &quot;Co&quot;,');
    expect(all.verify.html).not.toContain('<b>Sharma');
  });

  it('builds links from the site URL, and only the link it exists for carries the token', () => {
    expect(all.verify.text).toContain(`${siteUrl()}/verify-email/${TOKEN}`);
    expect(all.verify.html).toContain(`href="${siteUrl()}/verify-email/${TOKEN}"`);
    expect(all.reset.text).toContain(`${siteUrl()}/reset-password/${TOKEN}`);
    for (const message of [all.exists, all.changed]) {
      expect(message.text).not.toContain(TOKEN);
      expect(message.html).not.toContain(TOKEN);
      expect(message.text).toContain(`${siteUrl()}/login`);
    }
    expect(() => mailLink('//evil.example/x')).toThrow();
    expect(() => mailLink('https://evil.example/x')).toThrow();
  });
});
