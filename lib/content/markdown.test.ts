import { describe, expect, it } from 'vitest';
import { getLead, renderMarkdown, slugify } from './markdown';

const calcinosis = [
  'Calcinosis is a condition in which calcium deposits build up in soft tissue.',
  '',
  '## Overview',
  'What it is.',
  '## Causes',
  'Why it happens.',
  '## Symptoms',
  'What patients notice.',
  '## Diagnosis',
  'How it is confirmed.',
  '## Treatment',
  'What helps.',
  '## Outlook',
  'What to expect.',
].join('\n');

describe('renderMarkdown', () => {
  it('removes a script tag and its content', () => {
    const { html } = renderMarkdown('Before\n\n<script>alert("x")</script>\n\nAfter <script>steal()</script> end');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('alert(');
    expect(html).not.toContain('steal()');
    expect(html).toContain('Before');
    expect(html).toContain('After');
  });

  it('removes event handler attributes from raw HTML', () => {
    const { html } = renderMarkdown('An image: <img src="x.png" onerror="alert(1)"> and <p onclick="go()">text</p>');
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).not.toContain('alert(1)');
  });

  it('removes javascript: links but keeps their text', () => {
    const { html } = renderMarkdown('[click me](javascript:alert(1)) and [again](JaVaScRiPt:void(0))');
    expect(html.toLowerCase()).not.toContain('javascript:');
    expect(html).toContain('click me');
  });

  it('drops raw HTML that could run or restyle anything', () => {
    const { html } = renderMarkdown(
      '<a href="javascript:alert(1)">raw</a> <iframe src="https://evil.example"></iframe>\n\n<style>body{display:none}</style>\n\n<div style="position:fixed">x</div>',
    );
    expect(html.toLowerCase()).not.toMatch(/javascript:|<iframe|<style|style=|display:none/);
  });

  it('marks links to other sites noopener noreferrer and leaves our own alone', () => {
    const { html } = renderMarkdown('[NIH](https://www.nih.gov/) and [news](/news) and [home](https://portal.example/x)', {
      siteOrigin: 'https://portal.example',
    });
    expect(html).toContain('<a href="https://www.nih.gov/" rel="noopener noreferrer">NIH</a>');
    expect(html).toContain('<a href="/news">news</a>');
    expect(html).toContain('<a href="https://portal.example/x">home</a>');
  });

  it('lists the six Calcinosis sections in the table of contents, in order, with matching ids', () => {
    const { html, toc } = renderMarkdown(calcinosis);
    expect(toc.map((t) => t.text)).toEqual(['Overview', 'Causes', 'Symptoms', 'Diagnosis', 'Treatment', 'Outlook']);
    expect(toc.map((t) => t.id)).toEqual(['overview', 'causes', 'symptoms', 'diagnosis', 'treatment', 'outlook']);
    for (const entry of toc) expect(html).toContain(`<h2 id="${entry.id}">${entry.text}</h2>`);
  });

  it('keeps heading ids unique when headings repeat', () => {
    const { toc } = renderMarkdown('## Notes\n\na\n\n### Notes\n\nb\n\n## Notes\n\nc');
    const ids = toc.map((t) => t.id);
    expect(ids).toEqual(['notes', 'notes-2', 'notes-3']);
    expect(toc.map((t) => t.level)).toEqual([2, 3, 2]);
  });

  it('never gives a heading an id the page layout already uses', () => {
    const { toc } = renderMarkdown('## Main\n\ntext');
    expect(toc[0]?.id).toBe('main-2');
  });

  it('turns a level-one heading into a section heading so the page keeps one h1', () => {
    const { html } = renderMarkdown('# Big\n\ntext');
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h2 id="big">Big</h2>');
  });
});

describe('getLead', () => {
  it('returns the first paragraph before the first heading, as plain text', () => {
    expect(getLead(calcinosis)).toBe('Calcinosis is a condition in which calcium deposits build up in soft tissue.');
  });

  it('drops inline markup and decodes entities', () => {
    expect(getLead('A *rare* [disorder](https://x.org) &amp; `code` <b>bold</b>\nnext line\n\n## Next')).toBe(
      'A rare disorder & code bold next line',
    );
  });

  it('is empty when the body starts with a heading', () => {
    expect(getLead('## Overview\n\nText')).toBe('');
  });
});

describe('slugify', () => {
  it('folds accents and punctuation into a plain id', () => {
    expect(slugify('Café — Über Diagnosis!')).toBe('cafe-uber-diagnosis');
    expect(slugify('!!!')).toBe('section');
  });
});
