import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Pagination } from './pagination';

const asOf = '2026-04-30T08:15:00.000Z';
const snapshot = 'asOf=2026-04-30T08%3A15%3A00.000Z';

// Tests run in node without a DOM: the links and the current page are read from the markup.
function render(props: { page: number; totalPages: number; specialty?: string | null }) {
  const html = renderToStaticMarkup(<Pagination basePath="/news" asOf={asOf} {...props} />);
  return {
    html,
    hrefs: [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')),
    current: /aria-current="page"[^>]*>(?:<span[^>]*>Page <\/span>)?(\d+)/.exec(html)?.[1],
  };
}

describe('<Pagination>', () => {
  it('renders nothing for a list that fits on one page', () => {
    expect(renderToStaticMarkup(<Pagination basePath="/news" asOf={asOf} page={1} totalPages={1} />)).toBe('');
  });

  it('is a labelled navigation that marks the current page and carries the snapshot', () => {
    const doc = render({ page: 3, totalPages: 7 });
    expect(doc.html).toContain('aria-label="Pagination"');
    expect(doc.current).toBe('3');
    expect(doc.hrefs).toEqual([
      `/news/page/2?${snapshot}`, // Previous
      '/news', // page 1 is the cached first page
      `/news/page/2?${snapshot}`,
      `/news/page/4?${snapshot}`,
      `/news/page/7?${snapshot}`,
      `/news/page/4?${snapshot}`, // Next
    ]);
  });

  it('keeps the specialty filter on every page, page 1 included', () => {
    const doc = render({ page: 2, totalPages: 2, specialty: 'oncology' });
    expect(doc.hrefs).toEqual([`/news/page/1?${snapshot}&specialty=oncology`, `/news/page/1?${snapshot}&specialty=oncology`]);
    expect(doc.html).not.toContain('rel="next"');
  });
});
