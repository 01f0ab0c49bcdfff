import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MailBodies } from './mail-view';

describe('<MailBodies>', () => {
  it('shows an HTML body as its escaped source, never as markup', () => {
    const html = '<p onclick="x()">Hi <b>Asha</b></p><script>alert(1)</script><img src=x onerror=alert(2)>';
    const markup = renderToStaticMarkup(<MailBodies text="Hi Asha" html={html} />);
    expect(markup).not.toContain('<script>');
    expect(markup).not.toContain('<img');
    expect(markup).not.toContain('<b>');
    expect(markup).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markup).toContain('&lt;p onclick=&quot;x()&quot;&gt;');
  });

  it('shows the text body as it is, and no HTML section without an HTML part', () => {
    const markup = renderToStaticMarkup(<MailBodies text={'Line one\n<not a tag>'} html={null} />);
    expect(markup).toContain('Line one\n&lt;not a tag&gt;');
    expect(markup).not.toContain('HTML source');
  });
});
