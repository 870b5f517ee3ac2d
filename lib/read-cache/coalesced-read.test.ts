import { describe, expect, it } from 'vitest';
import { CoalescedRead } from './coalesced-read';

/** A value source whose reads finish only when the test says, each returning the value at its start. */
function controlledSource() {
  let value = 1;
  const pending: (() => void)[] = [];
  const read = () => {
    const seen = value;
    return new Promise<number>((resolve) => pending.push(() => resolve(seen)));
  };
  const finishOne = async () => {
    pending.shift()?.();
    // Let the promise callbacks run (the queued read starts when the running one settles).
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { read, finishOne, set: (v: number) => (value = v), pending: () => pending.length };
}

describe('CoalescedRead', () => {
  it('serves callers that ask while a read runs with one further read, started after they asked', async () => {
    const source = controlledSource();
    const revision = new CoalescedRead(source.read);
    const first = revision.get();
    source.set(2); // a write commits while the first read is under way
    const later = Array.from({ length: 10 }, () => revision.get());
    await source.finishOne();
    expect(await first).toBe(1);
    expect(source.pending()).toBe(1); // one read for all ten, begun after the first one finished
    await source.finishOne();
    expect(await Promise.all(later)).toEqual(Array(10).fill(2));
    expect(revision.reads).toBe(2);
  });

  it('reads again for a caller that comes after the previous read finished', async () => {
    const source = controlledSource();
    const revision = new CoalescedRead(source.read);
    const a = revision.get();
    await source.finishOne();
    expect(await a).toBe(1);
    source.set(3);
    const b = revision.get();
    await source.finishOne();
    expect(await b).toBe(3);
    expect(revision.reads).toBe(2);
  });

  it('hands a failed read to the callers queued behind it, and reads again for the next caller', async () => {
    let calls = 0;
    const revision = new CoalescedRead(async () => {
      calls++;
      if (calls === 1) throw new Error('unavailable');
      return 'r2';
    });
    const first = revision.get();
    const queued = revision.get();
    await expect(first).rejects.toThrow('unavailable');
    await expect(queued).rejects.toThrow('unavailable');
    expect(calls).toBe(1);
    expect(await revision.get()).toBe('r2');
  });
});

describe('CoalescedRead with a max age', () => {
  it('reuses a value read less than maxAgeMs ago, and reads again after that', async () => {
    let clock = 0;
    let value = 'r1';
    let reads = 0;
    const revision = new CoalescedRead(
      async () => {
        reads++;
        return value;
      },
      { maxAgeMs: 500, now: () => clock },
    );
    expect(await revision.get()).toBe('r1');
    value = 'r2'; // written by another process
    clock = 499;
    expect(await revision.get()).toBe('r1');
    expect(reads).toBe(1);
    clock = 500;
    expect(await revision.get()).toBe('r2');
    expect(reads).toBe(2);
  });

  it('reads again at once when the remembered value is no longer valid (a write of this process)', async () => {
    let value = 1;
    let localWrite = 0;
    const revision = new CoalescedRead(async () => value, {
      maxAgeMs: 60_000,
      now: () => 0,
      stillValid: (v) => v >= localWrite,
    });
    expect(await revision.get()).toBe(1);
    value = 2;
    localWrite = 2;
    expect(await revision.get()).toBe(2);
    expect(revision.reads).toBe(2);
    expect(await revision.get()).toBe(2);
    expect(revision.reads).toBe(2);
  });
});
