'use client';

import { useEffect, useRef, type RefObject } from 'react';
import type { FormState } from '@/lib/form-state';

/**
 * After an answer with errors, focus moves to the first radio of the first question marked
 * unanswered (a radio button cannot carry aria-invalid: its fieldset says so, with the message
 * linked by aria-describedby), or to a field marked invalid, or else to the form's message.
 */
export function useFocusFirstUnanswered(state: FormState): RefObject<HTMLFormElement | null> {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== 'error') return;
    const root = form.current;
    const target =
      root?.querySelector<HTMLElement>('fieldset[data-invalid] input') ??
      root?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      root?.querySelector<HTMLElement>('[data-form-message]');
    target?.focus();
  }, [state]);
  return form;
}
