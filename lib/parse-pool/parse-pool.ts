import 'server-only';
import type { Worker } from 'node:worker_threads';
import { ArticleParseError } from '@/lib/ingest/errors';
import type { GraphDocument } from '@/lib/ingest/graph-document';
import type { ParseArticleOptions } from '@/lib/ingest/parse-article';
import { startParseWorker } from '@/lib/parse-pool/start-worker';
import type { ParseInput, ParseReply, ParseRequest } from './messages';

/**
 * Uploaded articles are parsed off the server's event loop, in one long-lived worker thread, with a
 * time budget: a parse that outlives it has its worker terminated (the only way to stop running
 * JavaScript) and fails with ParseBudgetError; the next parse gets a fresh worker. Parsing is
 * linear (docs/decisions/011-linear-parsing.md), so the budget is a backstop, not a routine.
 * One worker: the machine this runs on has two cores, and the other serves every read.
 */
export class ParseBudgetError extends Error {
  constructor(readonly budgetMs: number) {
    super(`The article is too complex to read within the time limit (${budgetMs} ms)`);
    this.name = 'ParseBudgetError';
  }
}

interface Job extends ParseRequest {
  resolve: (doc: GraphDocument) => void;
  reject: (error: Error) => void;
}

export class ParsePool {
  private worker: Worker | null = null;
  private ready = false;
  private running: Job | null = null;
  private readonly queue: Job[] = [];
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;

  constructor(private readonly budgetMs: number) {}

  parse(input: ParseInput, options: ParseArticleOptions): Promise<GraphDocument> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, options, resolve, reject });
      this.pump();
    });
  }

  /** Stops the worker; queued parses fail. For tests and shutdown. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.fail(new Error('The parse pool was closed'));
    await worker?.terminate();
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    if (!this.worker) this.spawn();
    if (!this.ready) return; // the worker's "ready" calls pump again
    const job = this.queue.shift() as Job;
    this.running = job;
    this.timer = setTimeout(() => this.overBudget(job), this.budgetMs);
    const request: ParseRequest = { id: job.id, input: job.input, options: job.options };
    this.worker?.postMessage(request);
  }

  private spawn(): void {
    const worker = startParseWorker();
    this.worker = worker;
    this.ready = false;
    // An idle worker must not keep a CLI or test process alive.
    worker.unref();
    worker.on('message', (message: ParseReply | 'ready') => {
      if (worker !== this.worker) return;
      if (message === 'ready') {
        this.ready = true;
        this.pump();
        return;
      }
      this.settle(message);
    });
    worker.on('error', (error) => this.crashed(worker, error));
    worker.on('exit', (code) => this.crashed(worker, new Error(`The parse worker stopped (exit ${code})`)));
  }

  private settle(reply: ParseReply): void {
    const job = this.running;
    if (!job || job.id !== reply.id) return;
    this.finish();
    if (reply.ok) job.resolve(reply.doc);
    else if (reply.code) job.reject(new ArticleParseError(reply.code, reply.problems));
    else job.reject(new Error(reply.message));
    this.pump();
  }

  private overBudget(job: Job): void {
    if (this.running !== job) return;
    const worker = this.worker;
    this.worker = null;
    this.finish();
    void worker?.terminate();
    job.reject(new ParseBudgetError(this.budgetMs));
    this.pump();
  }

  /** A worker that dies on its own (out of memory, a bug) fails its parse; the next gets a new one. */
  private crashed(worker: Worker, error: Error): void {
    if (worker !== this.worker) return;
    this.worker = null;
    const job = this.running;
    this.finish();
    job?.reject(error);
    this.pump();
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.running = null;
  }

  private fail(error: Error): void {
    const job = this.running;
    this.finish();
    job?.reject(error);
    for (const queued of this.queue.splice(0)) queued.reject(error);
  }
}
