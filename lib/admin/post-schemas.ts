import { z } from 'zod';
import { ACCESS_LEVELS, POST_KINDS, PUBLISH_STATUSES } from '@/lib/db/schema';
import { SLUG_SHAPE } from '@/lib/content/slug';
import { withFieldRules } from './editing';

/*
 * The inputs of the post editor (lib/admin/posts.ts), by the form's field names. Empty
 * optional fields arrive as '' and become null; a condition's review fields are kept only for
 * conditions (another kind saves them empty).
 */

const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);
const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

const optionalId = z.preprocess(emptyToNull, z.coerce.number().int().positive('Choose one from the list.').nullable().default(null));
const optionalDate = z.preprocess(
  emptyToNull,
  z.iso.date({ message: 'Enter a date as YYYY-MM-DD.' }).nullable().default(null),
);
const optionalText = (max: number, label: string) =>
  z.preprocess((value) => emptyToNull(trimmed(value)), z.string().max(max, `${label} is at most ${max} characters.`).nullable().default(null));

export const postFieldsSchema = withFieldRules(
  z.object({
    kind: z.enum(POST_KINDS, { message: 'Choose the kind of post.' }),
    title: z.preprocess(trimmed, z.string().min(1, 'Enter a title.').max(200, 'The title is at most 200 characters.')),
    /** Empty: made from the title. */
    slug: z.preprocess(
      (value) => emptyToNull(trimmed(value)),
      z
        .string()
        .max(120, 'The address is at most 120 characters.')
        .regex(SLUG_SHAPE, 'Use lower-case letters and digits joined by single hyphens, e.g. "chronic-kidney-disease".')
        .nullable()
        .default(null),
    ),
    summary: z.preprocess(trimmed, z.string().max(600, 'The summary is at most 600 characters.').default('')),
    body: z.string().default(''),
    specialtyId: optionalId,
    access: z.enum(ACCESS_LEVELS, { message: 'Choose who may read it.' }).default('public'),
    byline: optionalText(120, 'The byline'),
    reviewerId: optionalId,
    lastReviewedAt: optionalDate,
    nextReviewDue: optionalDate,
    coverImageId: optionalId,
    coverImageAlt: optionalText(300, 'The description'),
  }),
  (post, { isValid, issue }) => {
    if (isValid('coverImageId', 'coverImageAlt') && post.coverImageId !== null && !post.coverImageAlt) {
      issue('coverImageAlt', 'Describe the image for readers who cannot see it.');
    }
    const isCondition = isValid('kind') && post.kind === 'condition';
    if (isCondition && isValid('lastReviewedAt', 'nextReviewDue') && post.lastReviewedAt && post.nextReviewDue && post.nextReviewDue < post.lastReviewedAt) {
      issue('nextReviewDue', 'The next review falls after the last one.');
    }
    return {
      ...post,
      coverImageAlt: post.coverImageId === null ? null : post.coverImageAlt,
      reviewerId: isCondition ? post.reviewerId : null,
      lastReviewedAt: isCondition ? post.lastReviewedAt : null,
      nextReviewDue: isCondition ? post.nextReviewDue : null,
    };
  },
);

export type PostFields = z.infer<typeof postFieldsSchema>;

const id = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();

export const createPostSchema = postFieldsSchema;

/** A save of the editor: the fields, the post, the version the form was opened at; `intent` "submit" also asks for review. */
export const savePostSchema = z.intersection(
  postFieldsSchema,
  z.object({ id, version, intent: z.enum(['save', 'submit']).default('save') }),
);

export const EDITOR_TRANSITIONS = ['publish', 'schedule', 'unpublish', 'archive', 'sendBack'] as const;
export type EditorTransition = (typeof EDITOR_TRANSITIONS)[number];
export type PostTransition = EditorTransition | 'submit';

/**
 * A publish time, as a datetime-local field sends it (read as UTC, as the form says) or with a
 * zone; empty when the intent needs none.
 */
const publishAt = z.preprocess(
  (value) => {
    const text = emptyToNull(trimmed(value));
    if (typeof text !== 'string') return text;
    return /(?:Z|[+-]\d\d:\d\d)$/.test(text) ? text : `${text.length === 16 ? `${text}:00` : text}Z`;
  },
  z.iso.datetime({ offset: true, message: 'Enter a date and time.' }).transform((value) => new Date(value)).nullable().default(null),
);

export const postTransitionSchema = z.object({ id, version, intent: z.enum(EDITOR_TRANSITIONS), publishAt });

export const restoreRevisionSchema = z.object({ id, version, fromVersion: version });

/** The staff list's filters, from its address. Anything malformed is ignored, not an error. */
export const postListFiltersSchema = z.object({
  kind: z.enum(POST_KINDS).optional().catch(undefined),
  status: z.enum(PUBLISH_STATUSES).optional().catch(undefined),
  specialty: z.string().regex(SLUG_SHAPE).max(80).optional().catch(undefined),
  awaiting: z
    .string()
    .optional()
    .transform((value) => value === '1' || value === 'true')
    .catch(false),
  q: z
    .string()
    .max(200)
    .optional()
    .transform((value) => value?.trim() || undefined)
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(5000).default(1).catch(1),
});

export type PostListFilters = z.infer<typeof postListFiltersSchema>;

/** A post id or version from an address, or null when it cannot be one. */
export function parsePostId(raw: string): number | null {
  return /^[1-9][0-9]{0,9}$/.test(raw) && Number(raw) <= 2_147_483_647 ? Number(raw) : null;
}
