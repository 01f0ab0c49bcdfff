import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { action, MAX_FIELD_LENGTH, readFields } from './forms';

describe('readFields', () => {
  it('reads a form\'s text fields, leaving React\'s own out', () => {
    const form = new FormData();
    form.set('email', 'a@b.c');
    form.set('$ACTION_ID_abc', '');
    expect(readFields(form)).toEqual({ email: 'a@b.c' });
  });

  it('refuses a field too long, a file, and anything that is not a form (a hand-made action request)', () => {
    const long = new FormData();
    long.set('name', 'x'.repeat(MAX_FIELD_LENGTH + 1));
    expect(readFields(long)).toBeNull();
    const file = new FormData();
    file.set('upload', new Blob(['x']), 'x.txt');
    expect(readFields(file)).toBeNull();
    for (const junk of [undefined, null, 'sessionId=1', { sessionId: '1' }]) expect(readFields(junk as unknown as FormData)).toBeNull();
  });
});

describe('action', () => {
  it('answers a call without a form with a message instead of throwing', async () => {
    const run = action(z.object({}), { auth: 'public' }, async () => ({ status: 'ok' }));
    expect(await run({ status: 'idle' }, undefined as unknown as FormData)).toEqual({
      status: 'error',
      message: 'The form could not be read. Reload the page and try again.',
    });
  });
});
