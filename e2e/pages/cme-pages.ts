import { expect, type Locator, type Page } from '@playwright/test';

/** /cme and its archive, specialty and page addresses. */
export class CmeListPage {
  constructor(readonly page: Page) {}

  async open(path = '/cme') {
    return this.page.goto(path);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The activities' titles, as links. */
  activityLinks(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
  }

  filter(name: string | RegExp): Locator {
    return this.page.getByRole('navigation', { name: 'Filter by specialty' }).getByRole('link', { name });
  }

  tab(name: 'Current activities' | 'Archive'): Locator {
    return this.page.getByRole('navigation', { name: 'Current or archived activities' }).getByRole('link', { name });
  }

  emptyState(): Locator {
    return this.page.getByText(/^No (current|archived) activities/);
  }
}

/** /cme/[slug]: the teaser for anyone, the content for a signed-in doctor. */
export class CmeActivityPage {
  constructor(readonly page: Page) {}

  async open(slug: string) {
    return this.page.goto(`/cme/${slug}`);
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  signInLink(): Locator {
    return this.page.getByRole('link', { name: 'Sign in to start this activity' });
  }

  objectives(): Locator {
    return this.page.getByRole('region', { name: 'Learning objectives' }).getByRole('listitem');
  }

  faculty(): Locator {
    return this.page.getByRole('region', { name: 'Faculty and disclosures' });
  }

  content(): Locator {
    return this.page.getByRole('region', { name: 'Activity content' });
  }

  progress(): Locator {
    return this.page.getByRole('region', { name: 'Your progress' });
  }

  takeTestLink(): Locator {
    return this.page.getByRole('link', { name: 'Take the post-test' });
  }

  async expectTeaserOnly() {
    await expect(this.signInLink()).toBeVisible();
    await expect(this.content()).toHaveCount(0);
    await expect(this.progress()).toHaveCount(0);
  }
}
