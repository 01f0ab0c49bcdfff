import type { Locator, Page } from '@playwright/test';

export const HOME_SECTIONS = ['Trending News', 'Latest Articles', 'Upcoming Events', 'Videos'] as const;
export type HomeSection = (typeof HOME_SECTIONS)[number];

export class HomePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
  }

  section(name: HomeSection): Locator {
    return this.page.locator('section').filter({ has: this.page.getByRole('heading', { level: 2, name, exact: true }) });
  }

  async itemTitles(name: HomeSection): Promise<string[]> {
    const items = this.section(name).locator('ol > li');
    const count = await items.count();
    const titles: string[] = [];
    for (let i = 0; i < count; i++) titles.push((await items.nth(i).locator('a').first().innerText()).trim());
    return titles;
  }

  footer(): Locator {
    return this.page.getByRole('contentinfo');
  }

  menuButton(): Locator {
    return this.page.getByRole('button', { name: /menu/i });
  }
}
