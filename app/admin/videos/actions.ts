'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { staffAction } from '@/lib/admin/actions';
import { RestoreInput, TransitionInput } from '@/lib/admin/editing';
import {
  createSeries,
  CreateVideoInput,
  createVideo,
  restoreSeriesRevision,
  restoreVideoRevision,
  SaveSeriesInput,
  saveSeries,
  SaveVideoInput,
  saveVideo,
  SeriesFields,
  transitionVideo,
} from '@/lib/admin/videos';

export const createVideoAction = staffAction('videos.manage', CreateVideoInput, async (input, { viewer, values }) => {
  const result = await createVideo(viewer, input, values);
  if (result.status !== 'ok' || !result.id) return result;
  redirect(`/admin/videos/${result.id}?created=1`);
});

export const saveVideoAction = staffAction('videos.manage', SaveVideoInput, async (input, { viewer, values }) => {
  const result = await saveVideo(viewer, input, values);
  if (result.status === 'ok') revalidatePath(`/admin/videos/${input.id}`);
  return result;
});

export const transitionVideoAction = staffAction('videos.manage', TransitionInput, async (input, { viewer }) => {
  const result = await transitionVideo(viewer, input);
  if (result.status === 'ok') revalidatePath(`/admin/videos/${input.id}`);
  return result;
});

export const restoreVideoAction = staffAction('videos.manage', RestoreInput, async (input, { viewer }) => {
  const result = await restoreVideoRevision(viewer, input);
  if (result.status !== 'ok') return result;
  redirect(`/admin/videos/${input.id}?restored=${input.revision}`);
});

export const createSeriesAction = staffAction('videos.manage', SeriesFields, async (input, { viewer, values }) => {
  const result = await createSeries(viewer, input, values);
  if (result.status !== 'ok' || !result.id) return result;
  redirect(`/admin/videos/series/${result.id}?created=1`);
});

export const saveSeriesAction = staffAction('videos.manage', SaveSeriesInput, async (input, { viewer, values }) => {
  const result = await saveSeries(viewer, input, values);
  if (result.status === 'ok') revalidatePath(`/admin/videos/series/${input.id}`);
  return result;
});

export const restoreSeriesAction = staffAction('videos.manage', RestoreInput, async (input, { viewer }) => {
  const result = await restoreSeriesRevision(viewer, input);
  if (result.status !== 'ok') return result;
  redirect(`/admin/videos/series/${input.id}?restored=${input.revision}`);
});
