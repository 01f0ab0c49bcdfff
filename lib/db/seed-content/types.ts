import type { Access, LegalEntity, LegalKind, PostKind, Reference, Role } from '../schema';

/**
 * The seed is plain data in these shapes; lib/db/seed.ts turns it into rows. Relations are
 * named by slug (resolved inside the seeding transaction) and dates are left out: they are
 * computed relative to the moment a row is first inserted, so the demo always looks current.
 */

export type SeedSpecialty = { slug: string; name: string; description: string };

export type SeedPost = {
  kind: PostKind;
  slug: string;
  title: string;
  summary: string;
  /** Markdown; `##` headings are the sections. */
  body: string;
  specialty: string;
  byline: string;
  references?: Reference[];
  /** Who may read the body; public when left out. */
  access?: Access;
};

export type SeedEvent = {
  slug: string;
  title: string;
  summary: string;
  body: string;
  /** Null for an event that belongs to no clinical specialty. */
  specialty: string | null;
  /** IANA zone the event is held in; the hours below are local to it. */
  timeZone: string;
  startHour: number;
  endHour: number;
  /** Calendar days the event runs over, the first day included. */
  days: 1 | 2 | 3;
  venue: string | null;
  virtualUrl: string | null;
  organiser: string;
  registrationUrl: string;
};

export type SeedVideoSeries = { slug: string; title: string; summary: string; specialty: string };

export type SeedVideo = {
  slug: string;
  title: string;
  summary: string;
  /** Markdown. */
  body: string;
  specialty: string;
  /** An 11-character YouTube id (made up for the demo). */
  providerVideoId: string;
  durationSeconds: number;
  speaker: string;
  series: { slug: string; partNumber: number } | null;
  transcript: string | null;
};

export type SeedLegalDocument = {
  kind: LegalKind;
  entity: LegalEntity;
  version: number;
  title: string;
  /** YYYY-MM-DD */
  effectiveDate: string;
  /** Markdown with `##` section headings. */
  body: string;
};

export type SeedAccount = {
  email: string;
  name: string;
  role: Role;
  profession: string | null;
  specialty: string | null;
  registrationNumber: string | null;
};
