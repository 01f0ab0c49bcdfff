import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Transaction } from './client';
import {
  cmeActivities,
  cmeAttempts,
  cmeCertificates,
  cmeEvaluations,
  cmeOptions,
  cmeQuestions,
  events,
  legalDocuments,
  posts,
  seedItems,
  specialties,
  users,
  videoSeries,
  videos,
  type NewEvent,
  type NewPost,
  type NewUser,
  type NewVideo,
} from './schema';
import {
  ARTICLES,
  CALCINOSIS,
  CME_ACTIVITIES,
  DEMO_ACCOUNTS,
  DEMO_PASSED_CME_SLUG,
  DEMO_PASSWORD,
  EARLIER_SERIES_VIDEOS,
  EVENTS,
  HOME_VIDEOS,
  LEGAL_DOCUMENTS,
  MEMBERS_ARTICLES,
  NEWS,
  SPECIALTIES,
  VIDEO_SERIES,
  type SeedEvent,
  type SeedPost,
  type SeedVideo,
} from './seed-content';

/**
 * Demo accounts are made only when asked for, with the caller's password hashing and
 * certificate codes: lib/db imports no domain module, and how a password is hashed is
 * lib/auth's to say, what a certificate code looks like lib/cme's (newCertificateCode).
 */
export type SeedOptions = {
  demoAccounts: false | { hashPassword: (password: string) => Promise<string>; newCertificateCode: () => string };
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Serialises concurrent seeders (two launchers starting at once) without blocking anything else.
const SEED_LOCK_KEY = 727_275;

/**
 * Fills an empty database with the portal's first content, and demo accounts when asked.
 * One transaction, idempotent: every row is inserted only if its natural key is not taken,
 * so a second run (every start runs it) adds nothing and changes nothing already there,
 * including the dates, which are computed relative to the moment a row is first inserted.
 *
 * Content that editors change (posts, events, series, videos, legal documents, CME activities
 * with their questions and options) is inserted once: each item's key goes into `seed_items`
 * in the same transaction, and a key recorded there is never inserted again, so an item an
 * editor deleted stays deleted and one whose slug they changed does not come back beside it.
 * A database seeded before the record existed has content but no records: its first seed
 * since records every key as seeded and inserts none, since it cannot tell an item an editor
 * deleted from one never inserted.
 *
 * Ordering contract relied on by the home page: news, articles and videos are published
 * one hour apart, item 1 newest; event i starts 21·i days ahead, item 1 soonest.
 */
export async function seedDatabase(db: Database, options: SeedOptions): Promise<void> {
  const now = Date.now();
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const seeded = await readSeedRecord(tx);

    // No conflict target: a seeded row may collide on more than one unique key (a specialty's
    // name as well as its slug, a video's series part as well as its slug, a user's lower(email)
    // index), and whichever it is, the row already there wins.
    await tx.insert(specialties).values(SPECIALTIES).onConflictDoNothing();
    const specialtyIds = await loadIds(tx, 'specialty', specialties, SPECIALTIES.map((s) => s.slug));

    const newPosts = seeded.keep('posts', buildPosts(specialtyIds, now), (p) => `${p.kind}/${p.slug}`);
    if (newPosts.length > 0) await tx.insert(posts).values(newPosts).onConflictDoNothing();
    const newEvents = seeded.keep('events', buildEvents(specialtyIds, now), (e) => e.slug);
    if (newEvents.length > 0) await tx.insert(events).values(newEvents).onConflictDoNothing();

    const newSeries = seeded.keep('video_series', VIDEO_SERIES, (s) => s.slug);
    if (newSeries.length > 0) {
      await tx
        .insert(videoSeries)
        .values(newSeries.map((s) => ({ slug: s.slug, title: s.title, summary: s.summary, specialtyId: idOf(specialtyIds, 'specialty', s.specialty) })))
        .onConflictDoNothing();
    }
    const newVideos = seeded.keep('videos', [...HOME_VIDEOS, ...EARLIER_SERIES_VIDEOS], (v) => v.slug);
    if (newVideos.length > 0) {
      const seriesSlugs = [...new Set(newVideos.flatMap((v) => (v.series ? [v.series.slug] : [])))];
      const seriesIds = await loadIds(tx, 'video series', videoSeries, seriesSlugs);
      const wanted = new Set(newVideos.map((v) => v.slug));
      await tx.insert(videos).values(buildVideos(specialtyIds, seriesIds, now, (slug) => wanted.has(slug))).onConflictDoNothing();
    }

    const newLegal = seeded.keep('legal_documents', LEGAL_DOCUMENTS, (d) => `${d.kind}/${d.entity}/${d.version}`);
    if (newLegal.length > 0) {
      await tx
        .insert(legalDocuments)
        .values(newLegal.map((d) => ({ ...d, publishedAt: new Date(Math.min(Date.parse(`${d.effectiveDate}T00:00:00Z`), now)) })))
        .onConflictDoNothing();
    }

    await seedCme(tx, seeded, specialtyIds, now);
    await seeded.save(tx);

    if (options.demoAccounts) {
      await seedDemoAccounts(tx, specialtyIds, now, options.demoAccounts.hashPassword);
      await seedDemoCmePass(tx, now, options.demoAccounts.newCertificateCode);
    }
  });
}

type IdMap = ReadonlyMap<string, number>;

async function loadIds(
  tx: Transaction,
  what: string,
  table: typeof specialties | typeof videoSeries | typeof cmeActivities,
  slugs: string[],
): Promise<IdMap> {
  const rows = await tx.select({ id: table.id, slug: table.slug }).from(table).where(inArray(table.slug, slugs));
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  for (const slug of slugs) idOf(ids, what, slug);
  return ids;
}

function idOf(ids: IdMap, what: string, slug: string): number {
  const found = ids.get(slug);
  if (found === undefined) throw new Error(`Seed content names the ${what} "${slug}", which is not in the database.`);
  return found;
}

function buildPosts(specialtyIds: IdMap, now: number): NewPost[] {
  const toRow = (post: SeedPost, publishedAt: Date): NewPost => ({
    kind: post.kind,
    slug: post.slug,
    title: post.title,
    summary: post.summary,
    body: post.body,
    references: post.references ?? [],
    specialtyId: idOf(specialtyIds, 'specialty', post.specialty),
    status: 'published',
    access: post.access ?? 'public',
    publishedAt,
    byline: post.byline,
  });
  const calcinosisPublished = new Date(now - 2 * DAY);
  const nextReview = new Date(calcinosisPublished);
  nextReview.setUTCFullYear(nextReview.getUTCFullYear() + 1);
  return [
    {
      ...toRow(CALCINOSIS, calcinosisPublished),
      lastReviewedAt: toDateString(calcinosisPublished),
      nextReviewDue: toDateString(nextReview),
    },
    ...NEWS.map((post, i) => toRow(post, new Date(now - (i + 1) * HOUR))),
    ...ARTICLES.map((post, i) => toRow(post, new Date(now - (i + 1) * HOUR))),
    // Ten days older than the home page's five, so they never push one of those off it.
    ...MEMBERS_ARTICLES.map((post, i) => toRow(post, new Date(now - 10 * DAY - (i + 1) * HOUR))),
  ];
}

function buildEvents(specialtyIds: IdMap, now: number): NewEvent[] {
  return EVENTS.map((event: SeedEvent, i): NewEvent => {
    const { year, month, day } = wallClockIn(new Date(now + 21 * (i + 1) * DAY), event.timeZone);
    return {
      slug: event.slug,
      title: event.title,
      summary: event.summary,
      body: event.body,
      specialtyId: event.specialty === null ? null : idOf(specialtyIds, 'specialty', event.specialty),
      startsAt: zonedTime(year, month, day, event.startHour, event.timeZone),
      endsAt: zonedTime(year, month, day + event.days - 1, event.endHour, event.timeZone),
      timeZone: event.timeZone,
      venue: event.venue,
      virtualUrl: event.virtualUrl,
      organiser: event.organiser,
      registrationUrl: event.registrationUrl,
      status: 'published',
      publishedAt: new Date(now - DAY),
    };
  });
}

function buildVideos(specialtyIds: IdMap, seriesIds: IdMap, now: number, isWanted: (slug: string) => boolean): NewVideo[] {
  const toRow = (video: SeedVideo, publishedAt: Date): NewVideo => ({
    slug: video.slug,
    title: video.title,
    summary: video.summary,
    body: video.body,
    specialtyId: idOf(specialtyIds, 'specialty', video.specialty),
    provider: 'youtube',
    providerVideoId: video.providerVideoId,
    durationSeconds: video.durationSeconds,
    speaker: video.speaker,
    seriesId: video.series ? idOf(seriesIds, 'video series', video.series.slug) : null,
    partNumber: video.series?.partNumber ?? null,
    transcript: video.transcript,
    access: 'public',
    status: 'published',
    publishedAt,
  });
  // Dated by their place in the seed, before the ones already there are left out.
  return [
    ...HOME_VIDEOS.map((video, i) => [video, new Date(now - (i + 1) * HOUR)] as const),
    // A month older than the home page's five, so they never push one of those off it.
    ...EARLIER_SERIES_VIDEOS.map((video, k) => [video, new Date(now - 30 * DAY - (k + 1) * HOUR)] as const),
  ]
    .filter(([video]) => isWanted(video.slug))
    .map(([video, publishedAt]) => toRow(video, publishedAt));
}

async function seedDemoAccounts(
  tx: Transaction,
  specialtyIds: IdMap,
  now: number,
  hashPassword: (password: string) => Promise<string>,
): Promise<void> {
  const emails = DEMO_ACCOUNTS.map((a) => a.email.toLowerCase());
  const existing = await tx
    .select({ email: sql<string>`lower(${users.email})` })
    .from(users)
    .where(inArray(sql`lower(${users.email})`, emails));
  const taken = new Set(existing.map((r) => r.email));
  const missing = DEMO_ACCOUNTS.filter((a) => !taken.has(a.email.toLowerCase()));
  if (missing.length === 0) return;

  // Hashing is deliberately slow, so only accounts that do not exist yet pay for it.
  const rows: NewUser[] = await Promise.all(
    missing.map(async (account): Promise<NewUser> => ({
      email: account.email,
      name: account.name,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      role: account.role,
      profession: account.profession,
      specialtyId: account.specialty === null ? null : idOf(specialtyIds, 'specialty', account.specialty),
      registrationNumber: account.registrationNumber,
      emailVerifiedAt: new Date(now),
    })),
  );
  await tx.insert(users).values(rows).onConflictDoNothing();
}

/**
 * The CME activities, their questions (keyed by activity and position) and options (by
 * question and position). Released and expiring relative to the first insert, like the rest.
 */
async function seedCme(tx: Transaction, seeded: SeedRecord, specialtyIds: IdMap, now: number): Promise<void> {
  const newActivities = seeded.keep('cme_activities', CME_ACTIVITIES, (a) => a.slug);
  const newQuestions = seeded.keep(
    'cme_questions',
    CME_ACTIVITIES.flatMap((a) => a.questions.map((q, i) => ({ activity: a, q, position: i + 1 }))),
    (x) => `${x.activity.slug}/${x.position}`,
  );
  const newOptions = seeded.keep(
    'cme_options',
    CME_ACTIVITIES.flatMap((a) => a.questions.flatMap((q, i) => q.options.map((o, k) => ({ activity: a, o, question: i + 1, position: k + 1 })))),
    (x) => `${x.activity.slug}/${x.question}/${x.position}`,
  );
  if (newActivities.length === 0 && newQuestions.length === 0 && newOptions.length === 0) return;
  if (newActivities.length > 0) await tx
    .insert(cmeActivities)
    .values(
      newActivities.map((a) => ({
        slug: a.slug,
        title: a.title,
        summary: a.summary,
        body: a.body,
        objectives: a.objectives,
        credits: a.credits,
        accreditationStatement: a.accreditationStatement,
        faculty: a.faculty,
        specialtyId: idOf(specialtyIds, 'specialty', a.specialty),
        releaseDate: toDateString(new Date(now + a.releaseInDays * DAY)),
        expiryDate: toDateString(new Date(now + a.expiryInDays * DAY)),
        format: a.format,
        videoUrl: a.videoUrl,
        passMark: a.passMark,
        status: 'published' as const,
        publishedAt: new Date(now + a.releaseInDays * DAY),
      })),
    )
    .onConflictDoNothing();
  const activitySlugs = [...new Set([...newQuestions.map((x) => x.activity.slug), ...newOptions.map((x) => x.activity.slug)])];
  const activityIds = await loadIds(tx, 'CME activity', cmeActivities, activitySlugs);

  if (newQuestions.length > 0) {
    await tx
      .insert(cmeQuestions)
      .values(
        newQuestions.map(({ activity, q, position }) => ({
          activityId: idOf(activityIds, 'CME activity', activity.slug),
          position,
          prompt: q.prompt,
          explanation: q.explanation,
        })),
      )
      .onConflictDoNothing();
  }
  if (newOptions.length === 0) return;
  const questionRows = await tx
    .select({ id: cmeQuestions.id, activityId: cmeQuestions.activityId, position: cmeQuestions.position })
    .from(cmeQuestions)
    .where(inArray(cmeQuestions.activityId, [...activityIds.values()]));
  const questionId = (activityId: number, position: number) => {
    const row = questionRows.find((q) => q.activityId === activityId && q.position === position);
    if (!row) throw new Error(`The seed's CME question ${position} of activity ${activityId} is not in the database.`);
    return row.id;
  };
  await tx
    .insert(cmeOptions)
    .values(
      newOptions.map(({ activity, o, question, position }) => ({
        questionId: questionId(idOf(activityIds, 'CME activity', activity.slug), question),
        position,
        label: o.label,
        isCorrect: o.isCorrect === true,
      })),
    )
    .onConflictDoNothing();
}

/**
 * What the seed has inserted before (`seed_items`), and what this run adds to it: keep()
 * passes on the items whose key is not recorded yet and notes them; save() records them.
 */
type SeedRecord = {
  keep<T>(table: string, items: readonly T[], keyOf: (item: T) => string): T[];
  save(tx: Transaction): Promise<void>;
};

async function readSeedRecord(tx: Transaction): Promise<SeedRecord> {
  const rows = await tx.select({ tableName: seedItems.tableName, key: seedItems.key }).from(seedItems);
  const recorded = new Set(rows.map((r) => `${r.tableName} ${r.key}`));
  // Seeded before seed_items existed: content is there but nothing is recorded. Every key is
  // then taken as seeded (recorded, not inserted): a missing one may be an editor's deletion.
  const [before] = rows.length === 0 ? await tx.select({ id: specialties.id }).from(specialties).limit(1) : [];
  const isRecordingOnly = before !== undefined;
  const added: Array<{ tableName: string; key: string }> = [];
  return {
    keep(table, items, keyOf) {
      const fresh = items.filter((item) => {
        const key = keyOf(item);
        if (recorded.has(`${table} ${key}`)) return false;
        recorded.add(`${table} ${key}`);
        added.push({ tableName: table, key });
        return true;
      });
      return isRecordingOnly ? [] : fresh;
    },
    async save(tx) {
      for (let i = 0; i < added.length; i += 500) {
        await tx.insert(seedItems).values(added.slice(i, i + 500)).onConflictDoNothing();
      }
    },
  };
}

/**
 * The demo doctor has passed one activity: an attempt with every answer right, its
 * certificate and the evaluation, five days before the first seed. Once only: a certificate
 * for the doctor and that activity (one per doctor and activity) means it is done.
 */
async function seedDemoCmePass(tx: Transaction, now: number, newCertificateCode: () => string): Promise<void> {
  const doctorEmail = DEMO_ACCOUNTS.find((a) => a.role === 'member')!.email.toLowerCase();
  const [doctor] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, doctorEmail));
  const [activity] = await tx
    .select({ id: cmeActivities.id, credits: cmeActivities.credits })
    .from(cmeActivities)
    .where(eq(cmeActivities.slug, DEMO_PASSED_CME_SLUG));
  if (!doctor || !activity) return;
  const [existing] = await tx
    .select({ id: cmeCertificates.id })
    .from(cmeCertificates)
    .where(and(eq(cmeCertificates.userId, doctor.id), eq(cmeCertificates.activityId, activity.id)));
  if (existing) return;

  const correct = await tx
    .select({ questionId: cmeQuestions.id, optionId: cmeOptions.id })
    .from(cmeQuestions)
    .innerJoin(cmeOptions, and(eq(cmeOptions.questionId, cmeQuestions.id), eq(cmeOptions.isCorrect, true)))
    .where(eq(cmeQuestions.activityId, activity.id))
    .orderBy(asc(cmeQuestions.position));
  const passedAt = new Date(now - 5 * DAY);
  const [attempt] = await tx
    .insert(cmeAttempts)
    .values({
      userId: doctor.id,
      activityId: activity.id,
      answers: Object.fromEntries(correct.map((c) => [String(c.questionId), c.optionId])),
      scorePercent: 100,
      isPassed: true,
      submittedAt: passedAt,
    })
    .returning({ id: cmeAttempts.id });
  const [certificate] = await tx
    .insert(cmeCertificates)
    .values({ userId: doctor.id, activityId: activity.id, attemptId: attempt!.id, code: newCertificateCode(), credits: activity.credits, issuedAt: passedAt })
    .returning({ id: cmeCertificates.id });
  await tx.insert(cmeEvaluations).values({
    certificateId: certificate!.id,
    activityId: activity.id,
    isRelevant: true,
    isFreeOfBias: true,
    practiceChange: 'yes',
    comment: 'Clear and practical; the section on kidney impairment was the most useful.',
    createdAt: new Date(passedAt.getTime() + 10 * 60_000),
  });
}

function toDateString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The calendar date and time a clock in `timeZone` shows at `instant`. */
function wallClockIn(instant: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/**
 * The instant at which a clock in `timeZone` shows the given date and hour. Day overflow
 * (31 + 2) rolls into the next month. Corrected twice so a daylight-saving change between
 * the guess and the answer still lands on the right hour.
 */
function zonedTime(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour);
  const offsetAt = (instant: number) => {
    const c = wallClockIn(new Date(instant), timeZone);
    return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(instant / 1000) * 1000;
  };
  let instant = wall - offsetAt(wall);
  instant = wall - offsetAt(instant);
  return new Date(instant);
}
