'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { staffAction } from '@/lib/admin/actions';
import {
  CreateCmeInput,
  createCmeActivity,
  restoreCmeRevision,
  SaveCmeInput,
  saveCmeActivity,
  transitionCmeActivity,
  withAddQuestion,
  withOneMoreQuestion,
} from '@/lib/admin/cme';
import { RestoreInput, TransitionInput } from '@/lib/admin/editing';

export const createCmeAction = staffAction('cme.manage', withAddQuestion(CreateCmeInput), async (form, { viewer, values }) => {
  if (form.intent === 'add-question') return withOneMoreQuestion(values);
  const result = await createCmeActivity(viewer, form.input, values);
  if (result.status !== 'ok' || !result.id) return result;
  redirect(`/admin/cme/${result.id}?created=1`);
});

export const saveCmeAction = staffAction('cme.manage', withAddQuestion(SaveCmeInput), async (form, { viewer, values }) => {
  if (form.intent === 'add-question') return withOneMoreQuestion(values);
  const result = await saveCmeActivity(viewer, form.input, values);
  if (result.status === 'ok') revalidatePath(`/admin/cme/${form.input.id}`);
  return result;
});

export const transitionCmeAction = staffAction('cme.manage', TransitionInput, async (input, { viewer }) => {
  const result = await transitionCmeActivity(viewer, input);
  if (result.status === 'ok') revalidatePath(`/admin/cme/${input.id}`);
  return result;
});

export const restoreCmeAction = staffAction('cme.manage', RestoreInput, async (input, { viewer }) => {
  const result = await restoreCmeRevision(viewer, input);
  if (result.status !== 'ok') return result;
  redirect(`/admin/cme/${input.id}?restored=${input.revision}`);
});
