import { describe, expect, it } from 'vitest';
import { escapeHtml } from './html';

describe('escapeHtml', () => {
  it('makes markup, entities and both quotes text, in content and in a quoted attribute', () => {
    expect(escapeHtml(`<a href='x' title="y">Tom & Jerry</a>`)).toBe('&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;Tom &amp; Jerry&lt;/a&gt;');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
    expect(escapeHtml('Ménière’s disease — 🩺')).toBe('Ménière’s disease — 🩺');
  });
});
