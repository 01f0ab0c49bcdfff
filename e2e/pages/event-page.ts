import type { Locator, Page } from '@playwright/test';

/** One event's page: its facts box and what a doctor does next. */
export class EventPage {
  constructor(readonly page: Page) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  when(): Locator {
    return this.page.getByTestId('event-when');
  }

  /** The instant the event starts, from the machine-readable <time> of "When". */
  async startsAt(): Promise<Date> {
    return new Date((await this.when().locator('time').getAttribute('datetime')) ?? 'invalid');
  }

  where(): Locator {
    return this.page.getByTestId('event-where');
  }

  organiser(): Locator {
    return this.page.getByTestId('event-organiser');
  }

  calendarLink(): Locator {
    return this.page.getByRole('link', { name: /add to calendar/i });
  }

  registerLink(): Locator {
    return this.page.getByRole('link', { name: /register on the organiser.s site/i });
  }
}

/** Upcoming / Past: two links styled as tabs. */
export class EventTabs {
  constructor(readonly page: Page) {}

  nav(): Locator {
    return this.page.getByRole('navigation', { name: 'Upcoming or past events' });
  }

  tab(name: 'Upcoming' | 'Past'): Locator {
    return this.nav().getByRole('link', { name, exact: true });
  }
}

export type CalendarLine = { name: string; value: string };

/** iCalendar content lines, unfolded, as a calendar app reads them (parameters dropped). */
export function readCalendar(text: string): CalendarLine[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      return { name: line.slice(0, colon).split(';')[0] ?? '', value: line.slice(colon + 1) };
    });
}

/** "20261217T160000Z": the UTC form of DTSTART and DTEND. */
export function toCalendarUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
