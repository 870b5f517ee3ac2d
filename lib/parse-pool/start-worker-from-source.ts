import { Worker } from 'node:worker_threads';

/**
 * The parse worker outside Next.js (vitest): the .ts source, through tsx's loader registered inside
 * the thread (a loader registered in the parent does not reach a worker on Node 20). Swapped in
 * for start-worker.ts by vitest.config.ts and vitest.integration.config.ts.
 */
export function startParseWorker(): Worker {
  const source = new URL('./parse-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true });
}
