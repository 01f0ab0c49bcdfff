/** The post editor's fields and their labels (the conflict view and the revision page compare them). */
export const POST_FIELD_LABELS: Record<string, string> = {
  kind: 'Kind',
  title: 'Title',
  slug: 'Address (slug)',
  summary: 'Summary',
  body: 'Body',
  specialtyId: 'Specialty',
  access: 'Who may read it',
  byline: 'Byline',
  reviewerId: 'Medical reviewer',
  lastReviewedAt: 'Last reviewed',
  nextReviewDue: 'Next review due',
  coverImageId: 'Cover image',
  coverImageAlt: 'Cover image description',
};
