import { Worker } from 'node:worker_threads';

/**
 * The parse worker as Next.js runs it: the bundler finds this `new Worker(new URL(...))`, bundles
 * parse-worker.ts with what it imports into a chunk of its own, and points the URL there, in
 * `next dev` and `next build` alike. The test configs replace this module with
 * start-worker-from-source.ts, since Node alone cannot run a .ts worker.
 */
export function startParseWorker(): Worker {
  return new Worker(new URL('./parse-worker.ts', import.meta.url));
}
