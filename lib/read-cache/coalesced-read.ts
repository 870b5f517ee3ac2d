export interface CoalescedReadOptions<T> {
  /** A value whose read began less than this long ago is reused without reading again. 0: never. */
  maxAgeMs?: number;
  /** Whether a remembered value may still be reused (e.g. not older than a write this process made). */
  stillValid?: (value: T) => boolean;
  now?: () => number;
}

/**
 * Reads of a value that another process may change at any moment (the graph revision), shared by
 * the callers that ask together. Unlike plain single-flight, a caller never joins a read that began
 * before it asked: it waits for the next one, so it sees every change made before it asked. Under
 * load there is at most one read running and one queued. With maxAgeMs, a value read recently
 * enough is reused, which bounds how late a change is seen by that age.
 *
 * A failure is not a value that can be stale: when the running read fails, the callers queued
 * behind it get that failure instead of a read of their own. The database could not be read a
 * moment ago, after the driver's own retry; with Neo4j away, a second read would only keep them
 * waiting as long again (a page's server render and its first API requests queue this way).
 */
export class CoalescedRead<T> {
  private running: Promise<T> | null = null;
  private queued: Promise<T> | null = null;
  private last: { value: T; startedAt: number } | null = null;
  /** Reads actually made (for tests and stats). */
  reads = 0;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly options: CoalescedReadOptions<T> = {},
  ) {}

  get(): Promise<T> {
    const recent = this.recent();
    if (recent) return Promise.resolve(recent.value);
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    this.queued = this.running.then(
      () => {
        this.queued = null;
        return this.start();
      },
      (error: unknown) => {
        this.queued = null;
        throw error;
      },
    );
    return this.queued;
  }

  private recent(): { value: T } | null {
    const { maxAgeMs = 0, stillValid, now = Date.now } = this.options;
    if (!this.last || maxAgeMs <= 0) return null;
    if (now() - this.last.startedAt >= maxAgeMs) return null;
    return !stillValid || stillValid(this.last.value) ? this.last : null;
  }

  private start(): Promise<T> {
    this.reads++;
    const startedAt = (this.options.now ?? Date.now)();
    const read = this.read();
    this.running = read;
    read.then(
      (value) => {
        if (this.running === read) this.running = null;
        if (!this.last || startedAt >= this.last.startedAt) this.last = { value, startedAt };
      },
      () => {
        if (this.running === read) this.running = null;
      },
    );
    return read;
  }
}
