import { describe, expect, it } from 'vitest';
import { readBodyText } from './read-body';

const limits = { maxBytes: 1000, timeoutMs: 2000 };
const bytes = (text: string) => new TextEncoder().encode(text);

/** A body that yields the given chunks, one per pull, and records how far it was read. */
function chunked(chunks: Uint8Array[]) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = chunks[seen.pulled++];
        if (chunk) controller.enqueue(chunk);
        else controller.close();
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

/** A body that never ends: 100-byte chunks for as long as anyone reads. */
function endless() {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        seen.pulled++;
        controller.enqueue(new Uint8Array(100).fill(0x61));
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

describe('readBodyText', () => {
  it('reads a body within the limit as text, a character split across chunks included', async () => {
    const whole = bytes('{"text":"café ✓"}');
    const split = whole.indexOf(0xc3) + 1; // between the two bytes of é
    const { stream } = chunked([whole.subarray(0, split), whole.subarray(split)]);
    expect(await readBodyText(stream, limits)).toEqual({ ok: true, text: '{"text":"café ✓"}' });
  });

  it('accepts a body of exactly the limit and treats no body as empty', async () => {
    const { stream } = chunked([new Uint8Array(1000).fill(0x20)]);
    expect((await readBodyText(stream, limits)).ok).toBe(true);
    expect(await readBodyText(null, limits)).toEqual({ ok: true, text: '' });
  });

  it('stops at the first chunk past the limit and cancels the stream', async () => {
    const { stream, seen } = chunked(Array.from({ length: 50 }, () => new Uint8Array(300)));
    expect(await readBodyText(stream, limits)).toEqual({ ok: false, reason: 'too_large' });
    expect(seen.pulled).toBe(4); // 4 x 300 bytes passes 1,000: nothing after is asked for
    expect(seen.cancelled).toBe(true);
  });

  it('answers a body that never ends as soon as it passes the limit', async () => {
    const { stream, seen } = endless();
    expect(await readBodyText(stream, limits)).toEqual({ ok: false, reason: 'too_large' });
    expect(seen.pulled).toBe(11);
    expect(seen.cancelled).toBe(true);
  });

  it('gives up on a body that stops sending before it ends', async () => {
    let cancelled = false;
    const silent = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('{"slug":'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const started = performance.now();
    expect(await readBodyText(silent, { maxBytes: 1000, timeoutMs: 100 })).toEqual({
      ok: false,
      reason: 'timeout',
    });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(cancelled).toBe(true);
  });
});
