import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { EARLIER_SERIES_VIDEOS, EVENTS, HOME_VIDEOS, VIDEO_SERIES } from '../lib/db/seed-content';
import { expectNoAxeViolations, NOT_FOUND_HEADING } from './fixtures';
import { hasSidewaysScroll } from './pages/content-pages';
import { EventPage, EventTabs, readCalendar, toCalendarUtc, type CalendarLine } from './pages/event-page';
import { HomePage } from './pages/home-page';
import { VideoPage } from './pages/video-page';

/*
 * Events and videos as a reader meets them, on the seeded data: five upcoming events
 * (the first in Los Angeles), five home-page videos and the ALK series in parts.
 */

const FIRST_EVENT = EVENTS[0]!;
const EVENT_PATH = `/events/${FIRST_EVENT.slug}`;
const SERIES = VIDEO_SERIES[0]!;
const SERIES_PATH = `/videos/series/${SERIES.slug}`;
const SERIES_PARTS = [...HOME_VIDEOS, ...EARLIER_SERIES_VIDEOS]
  .filter((video) => video.series?.slug === SERIES.slug)
  .sort((a, b) => a.series!.partNumber - b.series!.partNumber);
const YOUTUBE_VIDEO = HOME_VIDEOS[0]!;
const YOUTUBE_PATH = `/videos/${YOUTUBE_VIDEO.slug}`;

const valueOf = (lines: CalendarLine[], name: string) => lines.find((line) => line.name === name)?.value;
const unescapeText = (value: string | undefined) => value?.replace(/\\([\\,;])/g, '$1').replace(/\\n/gi, '\n');

test('from the home page a reader opens an event and sees when, where and who, in its own time zone', async ({ page }) => {
  await new HomePage(page).open();
  await new HomePage(page).section('Upcoming Events').getByRole('link', { name: FIRST_EVENT.title }).click();
  await expect(page).toHaveURL(new RegExp(`${EVENT_PATH}$`));

  const event = new EventPage(page);
  await expect(event.heading()).toHaveText(FIRST_EVENT.title);
  // Named as a place and as a zone; daylight saving depends on the date the seed ran.
  await expect(event.when()).toContainText(/Los Angeles time \(Pacific (Standard|Daylight) Time\)/);
  await expect(event.when()).toContainText(`${String(FIRST_EVENT.startHour).padStart(2, '0')}:00`);
  await expect(event.where()).toContainText(FIRST_EVENT.venue!);
  await expect(event.organiser()).toHaveText(FIRST_EVENT.organiser);
  await expect(event.registerLink()).toHaveAttribute('href', FIRST_EVENT.registrationUrl!);
  await expect(event.registerLink()).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(event.calendarLink()).toHaveAttribute('href', `${EVENT_PATH}/calendar.ics`);
});

test("an event's calendar file downloads, parses, and names the event and its start", async ({ page, request }) => {
  await page.goto(EVENT_PATH);
  const event = new EventPage(page);
  const startsAt = await event.startsAt();

  const [download] = await Promise.all([page.waitForEvent('download'), event.calendarLink().click()]);
  expect(download.suggestedFilename()).toBe(`${FIRST_EVENT.slug}.ics`);
  const text = await readFile((await download.path())!, 'utf8');

  const response = await request.get(`${EVENT_PATH}/calendar.ics`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(response.headers()['content-disposition']).toBe(`attachment; filename="${FIRST_EVENT.slug}.ics"`);
  expect(await response.text()).toBe(text);

  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const lines = readCalendar(text);
  expect(lines[0]).toEqual({ name: 'BEGIN', value: 'VCALENDAR' });
  expect(lines.at(-1)).toEqual({ name: 'END', value: 'VCALENDAR' });
  expect(lines.filter((l) => l.name === 'BEGIN').map((l) => l.value)).toEqual(['VCALENDAR', 'VEVENT']);
  expect(unescapeText(valueOf(lines, 'SUMMARY'))).toBe(FIRST_EVENT.title);
  expect(unescapeText(valueOf(lines, 'LOCATION'))).toBe(FIRST_EVENT.venue);
  expect(valueOf(lines, 'DTSTART')).toBe(toCalendarUtc(startsAt));
  expect(valueOf(lines, 'DTEND')).toMatch(/^\d{8}T\d{6}Z$/);
  expect(valueOf(lines, 'UID')).toMatch(/^event-\d+@/);
  expect(valueOf(lines, 'URL')).toMatch(new RegExp(`${EVENT_PATH}$`));
});

test('an unknown event has no calendar file', async ({ request }) => {
  const response = await request.get('/events/no-such-event/calendar.ics');
  expect(response.status()).toBe(404);
});

test('Upcoming and Past are two tabs, each its own page', async ({ page }) => {
  await page.goto('/events');
  const tabs = new EventTabs(page);
  await expect(tabs.tab('Upcoming')).toHaveAttribute('aria-current', 'page');
  await expect(tabs.tab('Past')).not.toHaveAttribute('aria-current', /.*/);
  const main = page.getByRole('main');
  for (const seeded of EVENTS) await expect(main.getByRole('link', { name: seeded.title })).toBeVisible();

  await tabs.tab('Past').click();
  await expect(page).toHaveURL(/\/events\/past$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Past events');
  await expect(tabs.tab('Past')).toHaveAttribute('aria-current', 'page');
  await expect(tabs.tab('Upcoming')).not.toHaveAttribute('aria-current', /.*/);
  // The seed's events are all to come: none is past, and the list says so.
  for (const seeded of EVENTS) await expect(main.getByRole('link', { name: seeded.title })).toHaveCount(0);
  await expect(main).toContainText('No past events.');

  await tabs.tab('Upcoming').click();
  await expect(page).toHaveURL(/\/events$/);
});

test('the specialty filter narrows the events and keeps to the chosen tab', async ({ page }) => {
  await page.goto('/events');
  await page.getByRole('navigation', { name: 'Filter by specialty' }).getByRole('link', { name: /^Oncology/ }).click();
  await expect(page).toHaveURL(/\/events\/page\/1\?specialty=oncology$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Upcoming events: Oncology');
  const main = page.getByRole('main');
  // The one seeded event without a specialty drops out; the oncology ones stay.
  await expect(main.getByRole('link', { name: EVENTS[3]!.title })).toHaveCount(0);
  await expect(main.getByRole('link', { name: FIRST_EVENT.title })).toBeVisible();
  await expect(new EventTabs(page).tab('Past')).toHaveAttribute('href', '/events/past/page/1?specialty=oncology');
});

test('a series page lists the parts in order, and each part leads to the next', async ({ page }) => {
  await page.goto(SERIES_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SERIES.title);
  // The parts' list, not the breadcrumb trail (which is an ol inside its nav).
  const titles = await page.getByRole('main').locator(':not(nav) > ol > li a').allInnerTexts();
  expect(titles.map((t) => t.trim())).toEqual(SERIES_PARTS.map((p) => p.title));

  await page.getByRole('main').getByRole('link', { name: SERIES_PARTS[0]!.title, exact: true }).click();
  const video = new VideoPage(page);
  const last = SERIES_PARTS.at(-1)!.series!.partNumber;
  await expect(video.seriesPart()).toHaveText(`Part ${SERIES_PARTS[0]!.series!.partNumber} of ${last}`);
  await expect(video.previousPart()).toHaveCount(0);
  await expect(video.nextPart()).toHaveAttribute('rel', 'next');

  await video.nextPart().click();
  await expect(page).toHaveURL(new RegExp(`/videos/${SERIES_PARTS[1]!.slug}$`));
  await expect(video.heading()).toHaveText(SERIES_PARTS[1]!.title);
  await expect(video.seriesPart()).toHaveText(`Part ${SERIES_PARTS[1]!.series!.partNumber} of ${last}`);
  await expect(video.previousPart()).toHaveAttribute('rel', 'prev');
  await expect(video.previousPart()).toHaveAttribute('href', `/videos/${SERIES_PARTS[0]!.slug}`);
});

test('a hosted video loads nothing from the host until the reader presses play', async ({ page }) => {
  const thirdParty: string[] = [];
  page.on('request', (request) => {
    if (!new URL(request.url()).hostname.startsWith('127.0.0.1')) thirdParty.push(request.url());
  });
  // Answer the player locally: the test checks what is asked for, not YouTube itself.
  await page.route('https://www.youtube-nocookie.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<p>player</p>' }));

  await page.goto(YOUTUBE_PATH);
  const video = new VideoPage(page);
  await expect(video.heading()).toHaveText(YOUTUBE_VIDEO.title);
  await expect(video.playButton(YOUTUBE_VIDEO.title)).toBeVisible();
  await expect(video.frames()).toHaveCount(0);
  expect(thirdParty).toEqual([]);

  await video.playButton(YOUTUBE_VIDEO.title).click();
  await expect(video.frames()).toHaveCount(1);
  const src = await video.frames().getAttribute('src');
  expect(new URL(src!).hostname).toBe('www.youtube-nocookie.com');
  expect(src).toContain(`/embed/${YOUTUBE_VIDEO.providerVideoId}`);
  await expect(video.playButton(YOUTUBE_VIDEO.title)).toHaveCount(0);
  expect(thirdParty.every((url) => new URL(url).hostname === 'www.youtube-nocookie.com')).toBe(true);
});

test('a video page shows its speaker, duration and transcript, and describes itself to crawlers', async ({ page }) => {
  await page.goto(YOUTUBE_PATH);
  const main = page.getByRole('main');
  await expect(main).toContainText(YOUTUBE_VIDEO.speaker!);
  await expect(main.locator(`time[datetime^="PT"]`).first()).toBeVisible();
  const transcript = new VideoPage(page).transcript();
  await expect(transcript).not.toHaveAttribute('open', /.*/);
  await transcript.locator('summary').click();
  await expect(transcript).toContainText(YOUTUBE_VIDEO.transcript!.slice(0, 60));

  await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'video.other');
  await expect(page.locator('head meta[property="og:video"]')).toHaveAttribute('content', /youtube-nocookie\.com\/embed\//);
  const data = await page.locator('script[type="application/ld+json"]').allTextContents();
  const videoObject = data.flatMap((json) => [JSON.parse(json)].flat()).find((item) => item['@type'] === 'VideoObject');
  expect(videoObject).toMatchObject({ name: YOUTUBE_VIDEO.title, duration: expect.stringMatching(/^PT/), embedUrl: expect.stringContaining('youtube-nocookie.com') });
});

test('an event page describes itself to crawlers as an Event in its own zone', async ({ page }) => {
  await page.goto(EVENT_PATH);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${EVENT_PATH}$`));
  const data = await page.locator('script[type="application/ld+json"]').allTextContents();
  const event = data.flatMap((json) => [JSON.parse(json)].flat()).find((item) => item['@type'] === 'Event');
  expect(event).toMatchObject({
    name: FIRST_EVENT.title,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: FIRST_EVENT.venue },
    organizer: { name: FIRST_EVENT.organiser },
  });
  expect(event.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T0?8:00:00-0[78]:00$/);
});

test.describe('unknown and malformed addresses answer the styled 404', () => {
  for (const path of ['/events/no-such-event', '/videos/no-such-video', '/videos/series/no-such-series', '/events/page/99', '/events/past/page/0', '/videos/page/x']) {
    test(path, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_FOUND_HEADING);
    });
  }
});

const PAGES: Array<[string, string]> = [
  ['the upcoming events list', '/events'],
  ['the past events list', '/events/past'],
  ['an event', EVENT_PATH],
  ['the videos list', '/videos'],
  ['a video', YOUTUBE_PATH],
  ['a series', SERIES_PATH],
];

async function expectNoSidewaysScroll(page: Page, path: string) {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(path);
  expect(await hasSidewaysScroll(page), path).toBe(false);
}

test.describe('accessibility and small screens', () => {
  for (const [name, path] of PAGES) {
    test(`${name} has no WCAG 2.1 AA violations`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });

    test(`${name} fits a 375-pixel screen`, async ({ page }) => {
      await expectNoSidewaysScroll(page, path);
    });
  }
});
