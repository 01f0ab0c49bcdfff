import 'server-only';
import { asc, and, count, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { Viewer } from '@/lib/auth/session';
import { db, type Executor } from '@/lib/db/client';
import { CME_FORMATS, cmeActivities, cmeAttempts, cmeOptions, cmeQuestions, type Faculty } from '@/lib/db/schema';
import {
  ADMIN_PAGE_SIZE,
  allowedTransitions,
  containsPattern,
  idField,
  isCalendarDate,
  isSeenByReaders,
  makeVersionedEditor,
  SaveRefusal,
  slugField,
  specialtyField,
  specialtySlugOf,
  versionField,
  withFieldRules,
  type EditableStatus,
  type ListFilter,
  type SaveResult,
  type Transition,
} from './editing';

/*
 * Staff editing of CME activities and their post-tests. The activity and its questions are
 * saved in one transaction. Questions are replaced whole while nobody has taken the test; once
 * an attempt exists they are refused, since changing a marked test would falsify the stored
 * attempts and certificates (the activity's other fields may still change).
 *
 * The form sends each question as three fields (prompt, options one per line with the correct
 * one marked "*", explanation): lib/forms.ts reads at most 50 fields, and this keeps a whole
 * activity with MAX_QUESTIONS questions under it. Objectives and faculty are lines for the same
 * reason. CME has no scheduling: the release date decides when an activity is current.
 */

export const MAX_QUESTIONS = 8;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;

export const CME_FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  slug: 'Slug',
  summary: 'Summary',
  body: 'Content',
  specialtyId: 'Specialty',
  credits: 'Credits',
  accreditationStatement: 'Accreditation statement',
  objectives: 'Learning objectives',
  faculty: 'Faculty and disclosures',
  releaseDate: 'Release date',
  expiryDate: 'Expiry date',
  format: 'Format',
  videoUrl: 'Video address',
  passMark: 'Pass mark',
  maxAttempts: 'Attempts allowed',
  attemptWindowHours: 'Attempt window',
  questions: 'Post-test questions',
};

export type QuestionInput = { prompt: string; options: Array<{ label: string; isCorrect: boolean }>; explanation: string };

/** The video addresses the activity page's player accepts: the privacy-enhanced embeds. */
const VIDEO_EMBED = /^https:\/\/(www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{1,64}|player\.vimeo\.com\/video\/[0-9]{1,20})([?][A-Za-z0-9=&_-]*)?$/;

/** A pasted YouTube or Vimeo address → the embed address the page plays; anything else as typed. */
export function toCmeVideoEmbed(text: string): string {
  const value = text.trim();
  const youtube = /^https?:\/\/(?:www\.)?(?:youtube\.com\/watch\?v=|youtu\.be\/)([A-Za-z0-9_-]{1,64})/.exec(value);
  if (youtube) return `https://www.youtube-nocookie.com/embed/${youtube[1]}`;
  const vimeo = /^https?:\/\/(?:www\.)?vimeo\.com\/([0-9]{1,20})/.exec(value);
  if (vimeo) return `https://player.vimeo.com/video/${vimeo[1]}`;
  return value;
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** "Name | Role | Disclosure" lines → faculty; null for a malformed line. */
export function parseFaculty(text: string): Faculty[] | null {
  const faculty: Faculty[] = [];
  for (const line of lines(text)) {
    const [name, role, ...rest] = line.split('|').map((part) => part.trim());
    const disclosure = rest.join(' | ').trim();
    if (!name || !role || !disclosure) return null;
    faculty.push({ name, role, disclosure });
  }
  return faculty;
}

export function formatFaculty(faculty: Faculty[]): string {
  return faculty.map((f) => `${f.name} | ${f.role} | ${f.disclosure}`).join('\n');
}

/** Options, one per line, the correct one starting with "*". */
export function formatOptions(options: Array<{ label: string; isCorrect: boolean }>): string {
  return options.map((o) => (o.isCorrect ? `* ${o.label}` : o.label)).join('\n');
}

const intField = (label: string, min: number, maxValue: number) =>
  z
    .string()
    .trim()
    .regex(/^[0-9]{1,4}$/, `Enter ${label} as a whole number.`)
    .transform(Number)
    .refine((value) => value >= min && value <= maxValue, `Enter ${label} from ${min} to ${maxValue}.`);

export const CmeFields = withFieldRules(
  z
    .object({
      title: z.string().trim().min(1, 'Enter a title.').max(200, 'At most 200 characters.'),
      slug: slugField,
      summary: z.string().trim().min(1, 'Enter a summary.').max(1000, 'At most 1,000 characters.'),
      body: z.string().trim().min(1, 'Enter the activity’s content.').max(20_000),
      specialtyId: specialtyField,
      credits: z
        .string()
        .trim()
        .regex(/^[0-9]{1,2}(\.[0-9]{1,2})?$/, 'Enter the credits as a number such as 1 or 1.5.')
        .refine((value) => Number(value) > 0, 'Credits must be more than 0.'),
      accreditationStatement: z.string().trim().min(1, 'Enter the accreditation statement.').max(2000, 'At most 2,000 characters.'),
      objectives: z.string().max(5000).default(''),
      faculty: z.string().max(5000).default(''),
      releaseDate: z.string().trim().refine(isCalendarDate, 'Enter the release date.'),
      expiryDate: z.string().trim().refine(isCalendarDate, 'Enter the expiry date.'),
      format: z.enum(CME_FORMATS, { message: 'Choose article or video.' }),
      videoUrl: z.string().trim().max(500).default(''),
      passMark: intField('the pass mark', 1, 100),
      maxAttempts: intField('the attempts allowed', 1, 20),
      attemptWindowHours: intField('the window in hours', 1, 720),
      questionCount: z.string().optional(),
    })
    .catchall(z.string()),
  (fields, { isValid, issue }) => {
    // Every key the form may send is a string (catchall); one refused is read as empty here.
    const text = (name: string) => (isValid(name) ? (fields[name] ?? '') : '');
    const objectives = lines(text('objectives'));
    if (objectives.length === 0) issue('objectives', 'Enter at least one learning objective, one per line.');
    const faculty = parseFaculty(text('faculty'));
    if (faculty === null) issue('faculty', 'Write each faculty member on a line as: Name | Role | Disclosure (write "None" when there is nothing to disclose).');
    if (isValid('releaseDate', 'expiryDate') && fields.expiryDate <= fields.releaseDate) {
      issue('expiryDate', 'The expiry date must be after the release date.');
    }
    let videoUrl: string | null = null;
    if (isValid('format', 'videoUrl') && fields.format === 'video') {
      const embed = toCmeVideoEmbed(fields.videoUrl);
      if (!VIDEO_EMBED.test(embed)) issue('videoUrl', 'Enter the video’s YouTube or Vimeo address (https://www.youtube.com/watch?v=…, https://vimeo.com/…).');
      else videoUrl = embed;
    }
    const questions: QuestionInput[] = [];
    for (let n = 1; n <= MAX_QUESTIONS; n++) {
      const prompt = text(`q${n}Prompt`).trim();
      const optionText = text(`q${n}Options`);
      const explanation = text(`q${n}Explanation`).trim();
      if (!prompt && !lines(optionText).length && !explanation) continue; // a blank slot
      if (!prompt) issue(`q${n}Prompt`, `Enter question ${n}, or clear its options and explanation to leave it out.`);
      const options = lines(optionText).map((line) => (line.startsWith('*') ? { label: line.slice(1).trim(), isCorrect: true } : { label: line, isCorrect: false }));
      const correct = options.filter((o) => o.isCorrect).length;
      if (options.length < MIN_OPTIONS || options.length > MAX_OPTIONS) issue(`q${n}Options`, `Give question ${n} from ${MIN_OPTIONS} to ${MAX_OPTIONS} options, one per line.`);
      else if (options.some((o) => !o.label)) issue(`q${n}Options`, `An option of question ${n} is empty.`);
      else if (correct !== 1) issue(`q${n}Options`, `Mark exactly one option of question ${n} as correct, with a * before it (${correct} are marked).`);
      if (!explanation) issue(`q${n}Explanation`, `Explain the answer to question ${n}: doctors read it with their result.`);
      questions.push({ prompt, options, explanation });
    }
    return {
      title: fields.title,
      slug: fields.slug,
      summary: fields.summary,
      body: fields.body,
      specialtyId: fields.specialtyId,
      credits: fields.credits,
      accreditationStatement: fields.accreditationStatement,
      objectives,
      faculty: faculty ?? [],
      releaseDate: fields.releaseDate,
      expiryDate: fields.expiryDate,
      format: fields.format,
      videoUrl,
      passMark: fields.passMark,
      maxAttempts: fields.maxAttempts,
      attemptWindowHours: fields.attemptWindowHours,
      questions,
    };
  },
);

export const CreateCmeInput = CmeFields;
export const SaveCmeInput = z.intersection(z.object({ id: idField, version: versionField }), CmeFields);
export type CmeInput = z.infer<typeof CmeFields>;
type CmeRow = typeof cmeActivities.$inferSelect;

function columnsOf(input: CmeInput, slug: string) {
  return {
    title: input.title,
    slug,
    summary: input.summary,
    body: input.body,
    specialtyId: input.specialtyId,
    credits: input.credits,
    accreditationStatement: input.accreditationStatement,
    objectives: input.objectives,
    faculty: input.faculty,
    releaseDate: input.releaseDate,
    expiryDate: input.expiryDate,
    format: input.format,
    videoUrl: input.videoUrl,
    passMark: input.passMark,
    maxAttempts: input.maxAttempts,
    attemptWindowHours: input.attemptWindowHours,
  };
}

async function loadQuestions(executor: Executor, activityId: number): Promise<QuestionInput[]> {
  const questions = await executor
    .select({ id: cmeQuestions.id, prompt: cmeQuestions.prompt, explanation: cmeQuestions.explanation })
    .from(cmeQuestions)
    .where(eq(cmeQuestions.activityId, activityId))
    .orderBy(asc(cmeQuestions.position));
  if (questions.length === 0) return [];
  const options = await executor
    .select({ questionId: cmeOptions.questionId, label: cmeOptions.label, isCorrect: cmeOptions.isCorrect })
    .from(cmeOptions)
    .where(inArray(cmeOptions.questionId, questions.map((q) => q.id)))
    .orderBy(asc(cmeOptions.questionId), asc(cmeOptions.position));
  return questions.map((q) => ({
    prompt: q.prompt,
    explanation: q.explanation,
    options: options.filter((o) => o.questionId === q.id).map((o) => ({ label: o.label, isCorrect: o.isCorrect })),
  }));
}

/** The form's fields as saved: the revision snapshot, the conflict view and the editor's defaults. */
export function cmeFormFields(row: CmeRow, questions: QuestionInput[]): Record<string, string> {
  const fields: Record<string, string> = {
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    body: row.body,
    specialtyId: row.specialtyId ? String(row.specialtyId) : '',
    credits: String(Number(row.credits)),
    accreditationStatement: row.accreditationStatement,
    objectives: row.objectives.join('\n'),
    faculty: formatFaculty(row.faculty),
    releaseDate: row.releaseDate,
    expiryDate: row.expiryDate,
    format: row.format,
    videoUrl: row.videoUrl ?? '',
    passMark: String(row.passMark),
    maxAttempts: String(row.maxAttempts),
    attemptWindowHours: String(row.attemptWindowHours),
    questions: questions.map((q, i) => `${i + 1}. ${q.prompt}\n${formatOptions(q.options)}\nWhy: ${q.explanation}`).join('\n\n'),
    questionCount: String(questions.length),
  };
  questions.forEach((q, i) => {
    fields[`q${i + 1}Prompt`] = q.prompt;
    fields[`q${i + 1}Options`] = formatOptions(q.options);
    fields[`q${i + 1}Explanation`] = q.explanation;
  });
  return fields;
}

export type CmeListItem = { id: number; title: string; status: EditableStatus; releaseDate: string; expiryDate: string; questions: number; attempts: number; updatedAt: Date };

export async function listCmeForAdmin(filter: ListFilter): Promise<{ items: CmeListItem[]; total: number; page: number; totalPages: number }> {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(cmeActivities.status, filter.status));
  if (filter.q) conditions.push(ilike(cmeActivities.title, containsPattern(filter.q)));
  const where = conditions.length ? and(...conditions) : undefined;
  const [[total], items] = await Promise.all([
    db.select({ n: count() }).from(cmeActivities).where(where),
    db
      .select({
        id: cmeActivities.id,
        title: cmeActivities.title,
        status: cmeActivities.status,
        releaseDate: cmeActivities.releaseDate,
        expiryDate: cmeActivities.expiryDate,
        questions: sql<number>`(select count(*)::int from ${cmeQuestions} where ${cmeQuestions.activityId} = ${cmeActivities.id})`,
        attempts: sql<number>`(select count(*)::int from ${cmeAttempts} where ${cmeAttempts.activityId} = ${cmeActivities.id})`,
        updatedAt: cmeActivities.updatedAt,
      })
      .from(cmeActivities)
      .where(where)
      .orderBy(desc(cmeActivities.updatedAt), desc(cmeActivities.id))
      .limit(ADMIN_PAGE_SIZE)
      .offset((filter.page - 1) * ADMIN_PAGE_SIZE),
  ]);
  const n = total?.n ?? 0;
  return { items, total: n, page: filter.page, totalPages: Math.max(1, Math.ceil(n / ADMIN_PAGE_SIZE)) };
}

export type EditableCme = {
  id: number;
  version: number;
  status: EditableStatus;
  publishedAt: Date | null;
  slug: string;
  attempts: number;
  fields: Record<string, string>;
};

async function countAttempts(executor: Executor, activityId: number): Promise<number> {
  const [row] = await executor.select({ n: count() }).from(cmeAttempts).where(eq(cmeAttempts.activityId, activityId));
  return row?.n ?? 0;
}

export async function getCmeForEdit(id: number): Promise<EditableCme | null> {
  const activity = await cmeEditor.getForEdit(id);
  return activity ? { ...activity, attempts: await countAttempts(db, id) } : null;
}

/** CME's transitions: no scheduling (the release date decides when an activity is current). */
export function cmeTransitions(status: EditableStatus): Transition[] {
  return allowedTransitions(status).filter((t) => t !== 'schedule');
}

export const QUESTIONS_LOCKED =
  'Doctors have already taken this post-test, so its questions and options cannot change: changing a marked test would falsify their stored attempts and certificates. Your other changes were not saved either; put the questions back as they were, or create a new activity.';

async function replaceQuestions(tx: Executor, activityId: number, questions: QuestionInput[]): Promise<void> {
  await tx.delete(cmeQuestions).where(eq(cmeQuestions.activityId, activityId));
  for (const [index, question] of questions.entries()) {
    const [row] = await tx
      .insert(cmeQuestions)
      .values({ activityId, position: index + 1, prompt: question.prompt, explanation: question.explanation })
      .returning({ id: cmeQuestions.id });
    await tx.insert(cmeOptions).values(question.options.map((option, i) => ({ questionId: row!.id, position: i + 1, label: option.label, isCorrect: option.isCorrect })));
  }
}

const normalised = (questions: QuestionInput[]) =>
  JSON.stringify(questions.map((q) => [q.prompt, q.explanation, q.options.map((o) => [o.label, o.isCorrect])]));
const sameQuestions = (a: QuestionInput[], b: QuestionInput[]) => normalised(a) === normalised(b);

/**
 * The CME pages a reader sees an activity on: the current list, the archive, the activity's
 * cached teaser (the per-request page is never cached), its specialty's list and the sitemap.
 */
export function revalidateCme(item: { slug: string; specialtySlug?: string | null; previousSlug?: string | null }): string[] {
  const paths = new Set(['/cme', '/cme/archive', `/cme/${item.slug}/teaser`, `/cme/${item.slug}`, '/sitemap.xml']);
  if (item.previousSlug && item.previousSlug !== item.slug) {
    paths.add(`/cme/${item.previousSlug}/teaser`);
    paths.add(`/cme/${item.previousSlug}`);
  }
  if (item.specialtySlug) paths.add(`/cme/specialty/${item.specialtySlug}`);
  for (const path of paths) revalidatePath(path);
  return [...paths];
}

const cmeEditor = makeVersionedEditor<CmeRow, CmeInput>({
  table: cmeActivities,
  itemType: 'cme_activity',
  auditName: 'cme',
  noun: 'activity',
  createdMessage: 'The activity was created as a draft.',
  fields: CmeFields,
  columnsOf,
  newColumns: () => ({ status: 'draft' }),
  formFields: async (executor, row) => cmeFormFields(row, await loadQuestions(executor, row.id)),
  slugTaken: { message: 'Another CME activity already has this slug: choose another.', constraint: 'cme_activities_slug_unique' },
  async writeAlso(tx, row, input) {
    if (sameQuestions(await loadQuestions(tx, row.id), input.questions)) return;
    // Thrown, it undoes the activity's update too: the whole save is refused.
    if ((await countAttempts(tx, row.id)) > 0) throw new SaveRefusal(QUESTIONS_LOCKED);
    await replaceQuestions(tx, row.id, input.questions);
  },
  createdDetails: (input) => ({ questions: input.questions.length }),
  // `questions` already names a change of any question.
  unaudited: ['questionCount'],
  async checkTransition(tx, before, status) {
    if (status !== 'published' || (await loadQuestions(tx, before.id)).length > 0) return null;
    return 'Add at least one post-test question before publishing: doctors need a test to earn the credits.';
  },
  async revalidate(before, after) {
    if (isSeenByReaders(before, after)) revalidateCme({ slug: after.slug, previousSlug: before.slug, specialtySlug: await specialtySlugOf(after.specialtyId) });
  },
});

export const createCmeActivity = cmeEditor.create;
export const saveCmeActivity = cmeEditor.save;
export const restoreCmeRevision = cmeEditor.restore;

/** CME has no scheduling: the release date decides when an activity is current. */
export async function transitionCmeActivity(
  viewer: Pick<Viewer, 'id'>,
  input: { id: number; version: number; transition: Transition; publishAt: Date | null },
): Promise<SaveResult> {
  if (input.transition === 'schedule') return { status: 'error', message: 'A CME activity is not scheduled: set its release date and publish it.' };
  return cmeEditor.transition(viewer, { ...input, publishAt: null });
}

/**
 * The editor form's input: "add another question" (intent=add-question) re-renders the form
 * with one more blank slot and saves nothing, so it needs no valid fields; anything else is a
 * save, checked by `schema`.
 */
export function withAddQuestion<S extends z.ZodType>(schema: S) {
  return z.record(z.string(), z.string()).transform((raw, context): { intent: 'add-question' } | { intent: 'save'; input: z.infer<S> } => {
    if (raw.intent === 'add-question') return { intent: 'add-question' };
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { intent: 'save', input: parsed.data };
    for (const issue of parsed.error.issues) context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    return z.NEVER;
  });
}

/** The form again with one more blank question slot (at most MAX_QUESTIONS), as typed. */
export function withOneMoreQuestion(values: Record<string, string>): SaveResult {
  const shown = Math.max(Number(values.questionCount) || 0, 1);
  if (shown >= MAX_QUESTIONS) return { status: 'error', message: `An activity has at most ${MAX_QUESTIONS} questions here.`, values };
  return { status: 'idle', values: { ...values, questionCount: String(shown + 1) } };
}
