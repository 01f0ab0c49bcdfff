'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { staffAction } from '@/lib/admin/actions';
import { RestoreInput, TransitionInput } from '@/lib/admin/editing';
import { CreateEventInput, createEvent, restoreEventRevision, SaveEventInput, saveEvent, transitionEvent } from '@/lib/admin/events';

export const createEventAction = staffAction('events.manage', CreateEventInput, async (input, { viewer, values }) => {
  const result = await createEvent(viewer, input, values);
  if (result.status !== 'ok' || !result.id) return result;
  redirect(`/admin/events/${result.id}?created=1`);
});

export const saveEventAction = staffAction('events.manage', SaveEventInput, async (input, { viewer, values }) => {
  const result = await saveEvent(viewer, input, values);
  if (result.status === 'ok') revalidatePath(`/admin/events/${input.id}`);
  return result;
});

export const transitionEventAction = staffAction('events.manage', TransitionInput, async (input, { viewer }) => {
  const result = await transitionEvent(viewer, input);
  if (result.status === 'ok') revalidatePath(`/admin/events/${input.id}`);
  return result;
});

export const restoreEventAction = staffAction('events.manage', RestoreInput, async (input, { viewer }) => {
  const result = await restoreEventRevision(viewer, input);
  if (result.status !== 'ok') return result;
  redirect(`/admin/events/${input.id}?restored=${input.revision}`);
});
