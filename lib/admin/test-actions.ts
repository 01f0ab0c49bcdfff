import type { FormState } from '@/lib/form-state';

/*
 * For tests that call admin server actions directly (after useSession): a form from plain
 * values, and the action's answer, or the address it redirected to.
 */

export function formOf(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, String(value));
  return data;
}

export async function runAction(
  action: (state: FormState, form: FormData) => Promise<FormState>,
  fields: Record<string, string | number>,
): Promise<FormState & { redirect?: string }> {
  try {
    return await action({ status: 'idle' }, formOf(fields));
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (digest?.startsWith('NEXT_REDIRECT')) return { status: 'ok', redirect: digest.split(';')[2] };
    throw error;
  }
}

/** The id at the end of a redirect to an item's page (`/admin/videos/12?created=1` → 12). */
export function idFromRedirect(address: string | undefined): number {
  const match = /\/(\d+)(\?|$)/.exec(address ?? '');
  if (!match) throw new Error(`No item id in the redirect: ${address}`);
  return Number(match[1]);
}
