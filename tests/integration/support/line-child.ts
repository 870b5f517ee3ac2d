import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * Starts one of the project's scripts (tsx, react-server conditions) as a process of its own that
 * answers each line it reads with one line: the support scripts write-worker.ts and api-probe.ts.
 */
export function startLineChild(script: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn('npx', ['tsx', '--conditions=react-server', script, ...args], { env });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    const line = await lines.next();
    if (line.done) throw new Error(`${script} ended`);
    return line.value;
  };
  return {
    /** The next line the process prints. */
    next,
    /** Sends one line and waits for the answer. */
    ask: (line: string) => {
      child.stdin.write(`${line}\n`);
      return next();
    },
    stop: () => child.kill(),
  };
}
