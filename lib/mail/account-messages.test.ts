import { describe, expect, it } from 'vitest';
import * as messages from './account-messages';

describe('account messages', () => {
  const all = [
    messages.passwordChangedMessage({ name: 'Dr <b>Bold</b> & "Co"' }),
    messages.emailChangeLinkMessage({ name: 'Dr <b>Bold</b> & "Co"', link: 'http://localhost:3000/verify-email/change/abc?x=1&y=2' }),
    messages.emailChangeNoticeMessage({ name: 'Dr <b>Bold</b> & "Co"', newEmail: 'someone.new@example.org' }),
    messages.emailChangedMessage({ name: 'Dr <b>Bold</b> & "Co"', newEmail: 'someone.new@example.org' }),
    messages.emailInUseNoticeMessage(),
    messages.twoFactorEnabledMessage({ name: 'Dr <b>Bold</b> & "Co"' }),
    messages.twoFactorDisabledMessage({ name: 'Dr <b>Bold</b> & "Co"' }),
    messages.recoveryCodesRegeneratedMessage({ name: 'Dr <b>Bold</b> & "Co"' }),
  ];

  it('each has a subject, plain text and HTML, all with the site name', () => {
    for (const m of all) {
      expect(m.subject).toMatch(/ · Hidoc Dr\.$/);
      expect(m.text).toContain('Hidoc Dr.');
      expect(m.html).toContain('Hidoc Dr.');
      expect(m.html).toMatch(/^<!doctype html>/);
    }
  });

  it('escapes what it puts in the HTML', () => {
    for (const m of all) {
      expect(m.html).not.toContain('<b>Bold</b>');
      expect(m.html).not.toContain('"Co"');
    }
    expect(all[0]!.html).toContain('Dr &lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Co&quot;');
    expect(all[1]!.html).toContain('href="http://localhost:3000/verify-email/change/abc?x=1&amp;y=2"');
  });

  it('only the message to the new address carries the confirmation link; notices mask the new address', () => {
    for (const [i, m] of all.entries()) {
      if (i === 1) continue;
      expect(m.text + m.html).not.toContain('/verify-email/change');
    }
    expect(all[2]!.text).toContain('s***@example.org');
    expect(all[2]!.text + all[2]!.html).not.toContain('someone.new@');
  });

  it('masks an address to its first letter and domain', () => {
    expect(messages.maskEmail('anita@example.com')).toBe('a***@example.com');
    expect(messages.maskEmail('nonsense')).toBe('***');
  });
});
