import type { Locator, Page } from '@playwright/test';

/** A list page: /news, /articles, /conditions and their /page/[n] views. */
export class ListPage {
  constructor(readonly page: Page) {}

  async open(path: string) {
    return this.page.goto(path);
  }

  items(): Locator {
    return this.page.getByRole('main').locator('ul.divide-y > li');
  }

  async itemTitles(): Promise<string[]> {
    return this.items().evaluateAll((lis) => lis.map((li) => li.querySelector('a')?.textContent?.trim() ?? ''));
  }

  filter(): Locator {
    return this.page.getByRole('navigation', { name: 'Filter by specialty' });
  }

  pagination(): Locator {
    return this.page.getByRole('navigation', { name: 'Pagination' });
  }
}

/** A condition article, news item or article. */
export class PostPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  breadcrumbs(): Locator {
    return this.page.getByRole('navigation', { name: 'Breadcrumb' });
  }

  /** The value of a fact under the title ("Published", "Last reviewed", …). */
  fact(label: string): Locator {
    return this.page.locator('dl > div').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
  }

  related(): Locator {
    return this.page.locator('section[aria-labelledby="related"]');
  }
}

/** Whether the page is wider than the window: a sideways scroll on a phone. */
export async function hasSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}
