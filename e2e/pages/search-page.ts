import type { Locator, Page } from '@playwright/test';

/** /search: the form, the messages next to it, and the results. */
export class SearchPage {
  constructor(readonly page: Page) {}

  async open(query?: string) {
    return this.page.goto(query === undefined ? '/search' : `/search?q=${encodeURIComponent(query)}`);
  }

  field(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search for' });
  }

  async searchFor(text: string) {
    await this.field().fill(text);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
  }

  resultsHeading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /result/i });
  }

  results(): Locator {
    return this.page.getByRole('main').locator('section ol > li');
  }

  resultLink(title: string): Locator {
    return this.results().getByRole('link', { name: title, exact: true });
  }
}
