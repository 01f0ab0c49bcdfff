'use server';

import { revalidatePath } from 'next/cache';
import { staffAction } from '@/lib/admin/actions';
import { createLegalVersion, LEGAL_KIND_LABELS, legalPagePath, LegalVersionInput } from '@/lib/admin/legal';

/** A new version of a legal document (editors and admins). */
export const createLegalVersionAction = staffAction('legal.manage', LegalVersionInput, async (input, { viewer, values }) => {
  const result = await createLegalVersion(viewer, input);
  if (result.status !== 'ok' || !('id' in result)) return { ...result, values };
  revalidatePath('/admin/legal');
  // In effect at once: readers see it now. A later date shows by itself: the page's revalidate
  // (300 s) re-reads the newest version in effect, and the session lookup asks for acceptance from that day.
  if (result.isInEffect) revalidatePath(legalPagePath(input.kind, input.entity));
  return {
    status: 'ok',
    message: `Version ${result.version} of the ${LEGAL_KIND_LABELS[input.kind]} is saved. ${
      result.isInEffect ? 'It is in effect now, and users who accepted an earlier version are asked to accept it.' : `It takes effect on ${result.effectiveDate}.`
    }`,
  };
});
