import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditLog, revisions, videos, videoSeries } from '@/lib/db/schema';
import { testDatabase } from '@/lib/db/test/database';
import { useSession as signInAs } from '@/lib/db/test/next-request';
import { idFromRedirect, insertEditorialStaff, runAction as run } from '@/lib/admin/test-helpers';

vi.mock('next/headers', async () => (await import('@/lib/db/test/next-request')).switchableRequest);
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => void revalidated.push(path), revalidateTag: () => {} }));

const { db } = testDatabase('migrated', 'adm_content_videos');
const actions = await import('./actions');

const staff = insertEditorialStaff(db);

const VIDEO = {
  title: 'Echocardiography Basics',
  summary: 'Reading an echo.',
  body: 'Notes.',
  provider: 'youtube',
  providerVideoId: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  fileUrl: '',
  duration: '12:30',
  speaker: 'Dr A. Speaker',
  seriesId: '',
  partNumber: '',
  transcript: '',
  access: 'public',
};

async function createSeries(title: string): Promise<number> {
  await signInAs(staff.editor.token);
  const state = await run(actions.createSeriesAction, { title, summary: 'A series.' });
  return idFromRedirect(state.redirect);
}

async function createVideo(fields: Record<string, string | number> = {}): Promise<number> {
  await signInAs(staff.editor.token);
  const state = await run(actions.createVideoAction, { ...VIDEO, ...fields });
  expect(state.redirect, JSON.stringify(state)).toMatch(/^\/admin\/videos\/\d+/);
  return idFromRedirect(state.redirect);
}

describe('video editor', () => {
  it('creates a draft: the id taken from a pasted address, the duration in seconds, a revision and an audit row', async () => {
    const id = await createVideo();
    const [row] = await db.select().from(videos).where(eq(videos.id, id));
    expect(row).toMatchObject({ slug: 'echocardiography-basics', providerVideoId: 'dQw4w9WgXcQ', durationSeconds: 750, status: 'draft', version: 1 });
    expect(await db.select().from(revisions).where(and(eq(revisions.itemType, 'video'), eq(revisions.itemId, id)))).toHaveLength(1);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.action, 'video.create'), eq(auditLog.subjectId, String(id))))).toHaveLength(1);
  });

  it('saves, refuses a second save of the same version with the first one\'s fields, restores a revision as a new save', async () => {
    const id = await createVideo({ title: 'Conflict Video' });
    const first = await run(actions.saveVideoAction, { ...VIDEO, title: 'Conflict Video', id, version: 1, speaker: 'Dr First' });
    expect(first.status).toBe('ok');
    const second = await run(actions.saveVideoAction, { ...VIDEO, title: 'Conflict Video', id, version: 1, speaker: 'Dr Second' });
    expect(second.conflict?.version).toBe(2);
    expect(second.conflict?.fields.speaker).toBe('Dr First');
    expect(second.values?.speaker).toBe('Dr Second');
    const restored = await run(actions.restoreVideoAction, { id, version: 2, revision: 1 });
    expect(restored.redirect).toBe(`/admin/videos/${id}?restored=1`);
    const [row] = await db.select().from(videos).where(eq(videos.id, id));
    expect(row).toMatchObject({ version: 3, speaker: VIDEO.speaker });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'video.restore'), eq(auditLog.subjectId, String(id))));
    expect(entry?.details).toMatchObject({ fields: ['speaker'] });
  });

  it('publishing revalidates the video, the list and its series page', async () => {
    const seriesId = await createSeries('Heart Series');
    const id = await createVideo({ title: 'Heart Part One', seriesId, partNumber: 1 });
    revalidated.length = 0;
    expect((await run(actions.transitionVideoAction, { id, version: 1, transition: 'publish' })).status).toBe('ok');
    expect(revalidated).toEqual(expect.arrayContaining(['/videos', '/videos/heart-part-one', '/videos/series/heart-series']));
  });

  it('explains each invalid field: a part already in the series, an unsafe file address, a bad id, a duplicate slug', async () => {
    const seriesId = await createSeries('Parts Series');
    await createVideo({ title: 'Part One Video', seriesId, partNumber: 1 });
    const part = await run(actions.createVideoAction, { ...VIDEO, title: 'Another Part One', seriesId, partNumber: 1 });
    expect(part.fieldErrors?.partNumber).toEqual(['Another video is already this part of the series: choose another number.']);
    const orphan = await run(actions.createVideoAction, { ...VIDEO, title: 'Orphan Part', partNumber: 2 });
    expect(orphan.fieldErrors?.partNumber?.[0]).toMatch(/needs a series/);
    const script = await run(actions.createVideoAction, { ...VIDEO, title: 'Script', provider: 'file', fileUrl: 'javascript:alert(1)' });
    expect(script.fieldErrors?.fileUrl?.[0]).toMatch(/https:\/\//);
    const badId = await run(actions.createVideoAction, { ...VIDEO, title: 'Bad id', providerVideoId: '"><script>' });
    expect(badId.fieldErrors?.providerVideoId?.[0]).toMatch(/not a video id/);
    const duration = await run(actions.createVideoAction, { ...VIDEO, title: 'Bad duration', duration: '12:75' });
    expect(duration.fieldErrors?.duration?.[0]).toMatch(/minutes:seconds/);
    const duplicate = await run(actions.createVideoAction, { ...VIDEO, title: 'Part One Video' });
    expect(duplicate.fieldErrors?.slug).toEqual(['Another video already has this slug: choose another.']);
  });

  it('says everything wrong at once, each beside its field, keeping what was typed', async () => {
    await signInAs(staff.editor.token);
    const typed = { ...VIDEO, title: '', provider: 'file', fileUrl: '', duration: '12:75', partNumber: '2', coverImageId: '7', coverImageAlt: '' };
    const state = await run(actions.createVideoAction, typed);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['coverImageAlt', 'duration', 'fileUrl', 'partNumber', 'title']);
    expect(state.fieldErrors?.partNumber?.[0]).toMatch(/needs a series/);
    expect(state.fieldErrors?.fileUrl).toEqual(['Enter the video file’s address.']);
    expect(state.values).toMatchObject({ summary: VIDEO.summary, duration: '12:75', partNumber: '2', speaker: VIDEO.speaker });

    // What only the database can tell is said together too: a taken slug and a taken part.
    const seriesId = await createSeries('Both Taken Series');
    await createVideo({ title: 'Both Taken', seriesId, partNumber: 1 });
    const taken = await run(actions.createVideoAction, { ...VIDEO, title: 'Both Taken', seriesId, partNumber: 1 });
    expect(taken.fieldErrors).toEqual({
      slug: ['Another video already has this slug: choose another.'],
      partNumber: ['Another video is already this part of the series: choose another number.'],
    });
  });

  it('a series is created and edited with an audit row each; a duplicate slug is a field message', async () => {
    const id = await createSeries('Renal Series');
    const saved = await run(actions.saveSeriesAction, { id, version: 1, title: 'Renal Series', summary: 'Kidneys, in order.' });
    expect(saved.status).toBe('ok');
    const [row] = await db.select().from(videoSeries).where(eq(videoSeries.id, id));
    expect(row).toMatchObject({ slug: 'renal-series', summary: 'Kidneys, in order.' });
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.subjectType, 'video_series'), eq(auditLog.subjectId, String(id))));
    expect(entries.map((e) => e.action).sort()).toEqual(['video_series.create', 'video_series.update']);
    const duplicate = await run(actions.createSeriesAction, { title: 'Renal Series' });
    expect(duplicate.fieldErrors?.slug).toEqual(['Another series already has this slug: choose another.']);
  });

  it('a series saved by someone else since the form was opened is not overwritten: the second save gets the saved version', async () => {
    const id = await createSeries('Lung Series');
    const first = await run(actions.saveSeriesAction, { id, version: 1, title: 'Lung Series', summary: 'First editor.' });
    expect(first.status).toBe('ok');
    const second = await run(actions.saveSeriesAction, { id, version: 1, title: 'Lung Series', summary: 'Second editor.' });
    expect(second.status).toBe('error');
    expect(second.conflict).toMatchObject({ version: 2, fields: { summary: 'First editor.' } });
    expect(second.values?.summary).toBe('Second editor.');
    const [row] = await db.select().from(videoSeries).where(eq(videoSeries.id, id));
    expect(row).toMatchObject({ summary: 'First editor.', version: 2 });
    // Saved over it on purpose, naming the version it was shown.
    expect((await run(actions.saveSeriesAction, { id, version: 2, title: 'Lung Series', summary: 'Second editor.' })).status).toBe('ok');
  });

  it('a series keeps a revision of every save, and restoring an old one saves its content as a new version', async () => {
    const id = await createSeries('Skin Series');
    expect((await run(actions.saveSeriesAction, { id, version: 1, title: 'Skin Series', summary: 'Rewritten.' })).status).toBe('ok');
    const restored = await run(actions.restoreSeriesAction, { id, version: 2, revision: 1 });
    expect(restored.redirect).toBe(`/admin/videos/series/${id}?restored=1`);
    const [row] = await db.select().from(videoSeries).where(eq(videoSeries.id, id));
    expect(row).toMatchObject({ version: 3, summary: 'A series.' });
    const kept = await db.select().from(revisions).where(and(eq(revisions.itemType, 'video_series'), eq(revisions.itemId, id))).orderBy(revisions.version);
    expect(kept.map((revision) => [revision.version, revision.note, revision.snapshot.summary])).toEqual([
      [1, 'Created', 'A series.'],
      [2, 'Edited', 'Rewritten.'],
      [3, 'Restored version 1', 'A series.'],
    ]);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'video_series.restore'), eq(auditLog.subjectId, String(id))));
    expect(entry?.details).toMatchObject({ fields: ['summary'], version: 3 });
    // A restore from a page opened before that is refused like any save of an older version.
    const stale = await run(actions.restoreSeriesAction, { id, version: 2, revision: 2 });
    expect(stale.conflict?.version).toBe(3);
    expect((await db.select().from(videoSeries).where(eq(videoSeries.id, id)))[0]).toMatchObject({ version: 3, summary: 'A series.' });
  });

  it('refuses an author and a member every action', async () => {
    const id = await createVideo({ title: 'Guarded Video' });
    const seriesId = await createSeries('Guarded Series');
    for (const user of [staff.author, staff.member]) {
      await signInAs(user.token);
      for (const [action, fields] of [
        [actions.createVideoAction, { ...VIDEO, title: 'Sneaky' }],
        [actions.saveVideoAction, { ...VIDEO, id, version: 1, title: 'Sneaky' }],
        [actions.transitionVideoAction, { id, version: 1, transition: 'publish' }],
        [actions.restoreVideoAction, { id, version: 1, revision: 1 }],
        [actions.createSeriesAction, { title: 'Sneaky' }],
        [actions.saveSeriesAction, { id: seriesId, version: 1, title: 'Sneaky' }],
        [actions.restoreSeriesAction, { id: seriesId, version: 1, revision: 1 }],
      ] as const) {
        const state = await run(action, fields);
        expect(state.message).toMatch(/do not have access/);
      }
    }
    const [row] = await db.select().from(videos).where(eq(videos.id, id));
    expect(row).toMatchObject({ title: 'Guarded Video', status: 'draft', version: 1 });
    const [series] = await db.select().from(videoSeries).where(eq(videoSeries.id, seriesId));
    expect(series).toMatchObject({ title: 'Guarded Series', version: 1 });
    expect(await db.select().from(revisions).where(and(eq(revisions.itemType, 'video_series'), eq(revisions.itemId, seriesId)))).toHaveLength(1);
  });
});
