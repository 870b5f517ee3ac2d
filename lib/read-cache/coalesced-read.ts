/**
 * Reads of a value that another process may change at any moment (the graph revision), shared by
 * the callers that ask together. Unlike plain single-flight, a caller never joins a read that began
 * before it asked: it waits for the next one. So a write committed before a request arrived is always
 * seen by that request, and under load there is still at most one read running and one queued.
 */
export class CoalescedRead<T> {
  private running: Promise<T> | null = null;
  private queued: Promise<T> | null = null;
  /** Reads actually made (for tests and stats). */
  reads = 0;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    const settled = this.running.then(
      () => undefined,
      () => undefined,
    );
    this.queued = settled.then(() => {
      this.queued = null;
      return this.start();
    });
    return this.queued;
  }

  private start(): Promise<T> {
    this.reads++;
    const read = this.read();
    this.running = read;
    const done = () => {
      if (this.running === read) this.running = null;
    };
    read.then(done, done);
    return read;
  }
}
