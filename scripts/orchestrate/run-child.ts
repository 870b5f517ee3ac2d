import { type StdioOptions, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';

/** A binary from node_modules/.bin, so children run the project's pinned versions. */
export const bin = (name: string) => path.join(process.cwd(), 'node_modules', '.bin', name);

export type ChildEnv = NodeJS.ProcessEnv;

/**
 * Runs a command and resolves with its exit code: its output inherited, or written to `logFile`
 * (a child run beside another, whose output would interleave with it). While it runs, SIGINT and
 * SIGTERM are passed on to it (and this process waits for it) instead of orphaning it.
 */
export function runChild(command: string, args: string[], env?: ChildEnv, logFile?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const log = logFile === undefined ? undefined : openSync(logFile, 'w');
    const stdio: StdioOptions = log === undefined ? 'inherit' : ['ignore', log, log];
    const child = spawn(command, args, { stdio, env: env ?? process.env });
    if (log !== undefined) closeSync(log); // the child holds its own copy
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    const cleanup = () => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
    };
    child.once('error', (error) => {
      cleanup();
      reject(error);
    });
    child.once('exit', (code, signal) => {
      cleanup();
      // A child killed by a signal reports it the shell's way: 128 + signal number.
      resolve(code ?? 128 + (signal === 'SIGINT' ? 2 : 15));
    });
  });
}

/** Thrown when a step's child process fails; carries its exit code. */
export class StepFailedError extends Error {
  constructor(
    step: string,
    readonly exitCode: number,
  ) {
    super(`${step} failed (exit code ${exitCode}); see its output above.`);
    this.name = 'StepFailedError';
  }
}

export async function runStep(step: string, command: string, args: string[], env?: ChildEnv): Promise<void> {
  const code = await runChild(command, args, env);
  if (code !== 0) throw new StepFailedError(step, code);
}
