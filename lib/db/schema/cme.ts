import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { PUBLISH_STATUSES, id, sqlList, timestamps } from './columns';
import { specialties } from './specialties';
import { users } from './users';

export type Faculty = { name: string; role: string; disclosure: string };

export const CME_FORMATS = ['article', 'video'] as const;
export type CmeFormat = (typeof CME_FORMATS)[number];

export const PRACTICE_CHANGES = ['yes', 'no', 'unsure'] as const;
export type PracticeChange = (typeof PRACTICE_CHANGES)[number];

/** A certificate's verification code: HDC and four groups of four Crockford base-32 characters (80 random bits). */
export const CERTIFICATE_CODE_PATTERN = '^HDC(-[0-9A-HJKMNP-TV-Z]{4}){4}$';

/** A CME activity: the teaser is public, the content and post-test are for signed-in doctors. */
export const cmeActivities = pgTable(
  'cme_activities',
  {
    id: id(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    /** Markdown; members only. */
    body: text('body').notNull(),
    objectives: jsonb('objectives').$type<string[]>().notNull().default([]),
    credits: numeric('credits', { precision: 4, scale: 2 }).notNull(),
    accreditationStatement: text('accreditation_statement').notNull(),
    faculty: jsonb('faculty').$type<Faculty[]>().notNull().default([]),
    specialtyId: integer('specialty_id').references(() => specialties.id, { onDelete: 'set null' }),
    releaseDate: date('release_date').notNull(),
    expiryDate: date('expiry_date').notNull(),
    format: text('format', { enum: CME_FORMATS }).notNull().default('article'),
    /** The video's embed address (youtube-nocookie or vimeo player); members only, like the body. */
    videoUrl: text('video_url'),
    /** Percentage of correct answers needed to pass. */
    passMark: integer('pass_mark').notNull().default(70),
    /** Post-test attempts allowed within attemptWindowHours. */
    maxAttempts: integer('max_attempts').notNull().default(3),
    attemptWindowHours: integer('attempt_window_hours').notNull().default(24),
    status: text('status', { enum: PUBLISH_STATUSES }).notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    check('cme_activities_slug_shape', sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${t.slug}) <= 120`),
    check('cme_activities_status_check', sql.raw(`status in (${sqlList(PUBLISH_STATUSES)})`)),
    check('cme_activities_pass_mark', sql`${t.passMark} between 1 and 100`),
    check('cme_activities_credits_positive', sql`${t.credits} > 0`),
    check('cme_activities_dates', sql`${t.expiryDate} > ${t.releaseDate}`),
    check('cme_activities_format_check', sql.raw(`format in (${sqlList(CME_FORMATS)})`)),
    check('cme_activities_attempts', sql`${t.maxAttempts} between 1 and 20 and ${t.attemptWindowHours} between 1 and 720`),
    index('cme_activities_listing_idx').on(t.status, t.expiryDate),
  ],
);

export const cmeQuestions = pgTable(
  'cme_questions',
  {
    id: id(),
    activityId: integer('activity_id')
      .notNull()
      .references(() => cmeActivities.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    prompt: text('prompt').notNull(),
    explanation: text('explanation').notNull().default(''),
  },
  (t) => [unique('cme_questions_activity_position_key').on(t.activityId, t.position)],
);

export const cmeOptions = pgTable(
  'cme_options',
  {
    id: id(),
    questionId: integer('question_id')
      .notNull()
      .references(() => cmeQuestions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    isCorrect: boolean('is_correct').notNull().default(false),
  },
  (t) => [unique('cme_options_question_position_key').on(t.questionId, t.position)],
);

export const cmeAttempts = pgTable(
  'cme_attempts',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    activityId: integer('activity_id')
      .notNull()
      .references(() => cmeActivities.id, { onDelete: 'cascade' }),
    /** question id → chosen option id */
    answers: jsonb('answers').$type<Record<string, number>>().notNull(),
    scorePercent: integer('score_percent').notNull(),
    isPassed: boolean('is_passed').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('cme_attempts_score_range', sql`${t.scorePercent} between 0 and 100`),
    index('cme_attempts_user_activity_idx').on(t.userId, t.activityId),
  ],
);

export const cmeCertificates = pgTable(
  'cme_certificates',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    activityId: integer('activity_id')
      .notNull()
      .references(() => cmeActivities.id, { onDelete: 'restrict' }),
    attemptId: integer('attempt_id').references(() => cmeAttempts.id, { onDelete: 'set null' }),
    /** Public verification code, printed on the certificate. */
    code: text('code').notNull().unique(),
    credits: numeric('credits', { precision: 4, scale: 2 }).notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('cme_certificates_user_activity_key').on(t.userId, t.activityId),
    check('cme_certificates_code_shape', sql.raw(`code ~ '${CERTIFICATE_CODE_PATTERN}'`)),
  ],
);

/** The evaluation a doctor fills in after passing, before the certificate is theirs to download. */
export const cmeEvaluations = pgTable(
  'cme_evaluations',
  {
    id: id(),
    certificateId: integer('certificate_id')
      .notNull()
      .unique()
      .references(() => cmeCertificates.id, { onDelete: 'cascade' }),
    activityId: integer('activity_id')
      .notNull()
      .references(() => cmeActivities.id, { onDelete: 'cascade' }),
    isRelevant: boolean('is_relevant').notNull(),
    isFreeOfBias: boolean('is_free_of_bias').notNull(),
    practiceChange: text('practice_change', { enum: PRACTICE_CHANGES }).notNull(),
    /** Free text; cleared when the account is erased. */
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('cme_evaluations_practice_change_check', sql.raw(`practice_change in (${sqlList(PRACTICE_CHANGES)})`)),
    check('cme_evaluations_comment_length', sql`${t.comment} is null or length(${t.comment}) <= 2000`),
    index('cme_evaluations_activity_idx').on(t.activityId),
  ],
);

export type CmeActivity = typeof cmeActivities.$inferSelect;
export type CmeCertificate = typeof cmeCertificates.$inferSelect;
export type CmeEvaluation = typeof cmeEvaluations.$inferSelect;
