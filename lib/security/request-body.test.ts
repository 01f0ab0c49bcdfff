import { describe, expect, it } from 'vitest';
import { readBodyBytes, readBodyText } from './request-body';

function streamOf(chunks: number, chunkBytes: number) {
  let sent = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < chunks) controller.enqueue(new Uint8Array(chunkBytes).fill(97));
      else controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return { body, sentChunks: () => sent, wasCancelled: () => cancelled };
}

describe('readBodyText', () => {
  it('reads a body within the limit as text', async () => {
    expect(await readBodyText(new Request('http://x/', { method: 'POST', body: 'a=1&b=é' }), 100)).toBe('a=1&b=é');
    expect(await readBodyText(new Request('http://x/', { method: 'POST' }), 100)).toBe('');
  });

  it('refuses a declared length over the limit without reading the body', async () => {
    const stream = streamOf(10, 100);
    const request = new Request('http://x/', { method: 'POST', body: stream.body, headers: { 'content-length': '1000' }, duplex: 'half' } as RequestInit);
    expect(await readBodyText(request, 500)).toBeNull();
    expect(stream.sentChunks()).toBeLessThanOrEqual(1);
  });

  it('stops reading a chunked body at the limit instead of buffering all of it', async () => {
    const stream = streamOf(10_000, 1_000);
    const request = new Request('http://x/', { method: 'POST', body: stream.body, duplex: 'half' } as RequestInit);
    expect(await readBodyText(request, 5_000)).toBeNull();
    expect(stream.wasCancelled()).toBe(true);
    expect(stream.sentChunks()).toBeLessThan(20);
  });
});

describe('readBodyBytes', () => {
  it('reads binary bytes as they are, and stops at the limit of a chunked body', async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
    expect((await readBodyBytes(new Request('http://x/', { method: 'POST', body: bytes }), 100))?.equals(Buffer.from(bytes))).toBe(true);
    const stream = streamOf(100, 100);
    const request = new Request('http://x/', { method: 'POST', body: stream.body, duplex: 'half' } as RequestInit);
    expect(await readBodyBytes(request, 1_000)).toBeNull();
    expect(stream.wasCancelled()).toBe(true);
    expect(stream.sentChunks()).toBeLessThan(20);
  });
});
