import type { Locator, Page } from '@playwright/test';

/** One video's page: the player (or its poster), the series links, the transcript. */
export class VideoPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  playButton(title: string): Locator {
    return this.page.getByRole('button', { name: `Play video: ${title}` });
  }

  frames(): Locator {
    return this.page.locator('iframe');
  }

  seriesPart(): Locator {
    return this.page.getByTestId('series-part');
  }

  seriesNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Parts of this series' });
  }

  nextPart(): Locator {
    return this.seriesNav().getByRole('link', { name: /next part/i });
  }

  previousPart(): Locator {
    return this.seriesNav().getByRole('link', { name: /previous part/i });
  }

  transcript(): Locator {
    return this.page.locator('details').filter({ has: this.page.locator('summary', { hasText: 'Transcript' }) });
  }
}
