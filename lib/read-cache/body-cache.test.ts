import { describe, expect, it } from 'vitest';
import { BodyCache } from './body-cache';

/** A query stand-in that counts its calls and resolves when told to. */
function deferredQuery<T>(value: T) {
  let calls = 0;
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => {
    release = r;
  });
  const run = async () => {
    calls++;
    await gate;
    return value;
  };
  return { run, release, calls: () => calls };
}

describe('BodyCache', () => {
  it('serialises an answer once and serves the same text with the same ETag on a hit', async () => {
    const cache = new BodyCache(1024 * 1024);
    let calls = 0;
    const run = async () => {
      calls++;
      return { slug: 'a', n: [1, 2] };
    };
    const first = await cache.get('k', run);
    const second = await cache.get('k', run);
    expect(first).toMatchObject({ body: '{"slug":"a","n":[1,2]}', source: 'miss' });
    expect(second).toMatchObject({ body: first?.body, etag: first?.etag, source: 'hit' });
    expect(first?.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(calls).toBe(1);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, coalesced: 0, entries: 1 });
  });

  it('runs one query for concurrent misses of one key and hands its answer to every caller', async () => {
    const cache = new BodyCache(1024 * 1024);
    const query = deferredQuery({ id: 'c1' });
    const pending = Array.from({ length: 16 }, () => cache.get('k', query.run));
    query.release();
    const served = await Promise.all(pending);
    expect(query.calls()).toBe(1);
    expect(new Set(served.map((s) => s?.body))).toEqual(new Set(['{"id":"c1"}']));
    expect(served.filter((s) => s?.source === 'coalesced')).toHaveLength(15);
    expect(cache.stats()).toMatchObject({ misses: 1, coalesced: 15 });
  });

  it('does not store a not-found answer or an error, so the next call asks again', async () => {
    const cache = new BodyCache(1024 * 1024);
    let calls = 0;
    expect(
      await cache.get('missing', async () => {
        calls++;
        return null;
      }),
    ).toBeNull();
    await expect(
      cache.get('missing', async () => {
        calls++;
        throw new Error('database unavailable');
      }),
    ).rejects.toThrow('database unavailable');
    expect(await cache.get('missing', async () => ({ found: ++calls }))).toMatchObject({ source: 'miss' });
    expect(calls).toBe(3);
    expect(cache.stats()).toMatchObject({ hits: 0, misses: 3, entries: 1 });
  });

  it('hands an error to every waiting caller, then forgets it', async () => {
    const cache = new BodyCache(1024 * 1024);
    let fail: (e: Error) => void = () => {};
    const failing = () =>
      new Promise<never>((_, reject) => {
        fail = reject;
      });
    const a = cache.get('k', failing);
    const b = cache.get('k', failing);
    fail(new Error('boom'));
    await expect(a).rejects.toThrow('boom');
    await expect(b).rejects.toThrow('boom');
    expect(await cache.get('k', async () => 'ok')).toMatchObject({ body: '"ok"', source: 'miss' });
  });

  it('evicts the least recently used answers to stay within its byte budget', async () => {
    const cache = new BodyCache(1_500);
    const big = (c: string) => async () => c.repeat(600);
    await cache.get('a', big('a'));
    await cache.get('b', big('b'));
    await cache.get('a', big('a')); // a is now the most recently used
    await cache.get('c', big('c'));
    const { entries, bytes } = cache.stats();
    expect(entries).toBe(2);
    expect(bytes).toBeLessThanOrEqual(1_500);
    expect((await cache.get('a', big('a')))?.source).toBe('hit');
    expect((await cache.get('b', big('b')))?.source).toBe('miss');
  });

  it('stores nothing with a budget of 0 but still runs one query for concurrent misses', async () => {
    const cache = new BodyCache(0);
    const query = deferredQuery([1]);
    const pending = [cache.get('k', query.run), cache.get('k', query.run)];
    query.release();
    await Promise.all(pending);
    expect((await cache.get('k', query.run))?.source).toBe('miss');
    expect(query.calls()).toBe(2);
    expect(cache.stats().entries).toBe(0);
  });
});
