import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { harnessPorts, LOOPBACK } from '@/lib/env';
import { buildIsStale } from '../orchestrate/build-freshness';
import { benchEnv } from './bench-neo4j';
import { waitForHttp } from './http-bench';

export const BENCH_HTTP_PORT = harnessPorts().CLAIMTRACE_BENCH_APP_PORT;
const nextBin = path.join('node_modules', 'next', 'dist', 'bin', 'next');

function run(args: string[], logFile: string, env: NodeJS.ProcessEnv, nodeArgs: string[] = []): ChildProcess {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [...nodeArgs, nextBin, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

/**
 * `next build`, logging to a file; resolves with its wall time in ms, or null when .next already
 * holds a build newer than every input (the same check `npm start` makes).
 */
export async function nextBuild(outDir: string): Promise<number | null> {
  await mkdir(outDir, { recursive: true });
  if (!buildIsStale()) return null;
  const t0 = performance.now();
  const child = run(['build'], path.join(outDir, 'next-build.log'), {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0)
    throw new Error(`next build failed (exit ${code}); see ${path.join(outDir, 'next-build.log')}`);
  return performance.now() - t0;
}

export interface RunningServer {
  pid: number;
  baseUrl: string;
  stop: () => Promise<void>;
}

/**
 * `next start` on 127.0.0.1:3002 (CLAIMTRACE_BENCH_APP_PORT) against the bench Neo4j; waits until an
 * API route answers. `nodeArgs` go to Node itself (e.g. --cpu-prof, which NODE_OPTIONS refuses).
 */
export async function startNext(
  outDir: string,
  probePath: string,
  extraEnv: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<RunningServer> {
  const child = run(
    // Loopback whatever HOST says: the bench server is for this machine's measurements only.
    ['start', '-p', String(BENCH_HTTP_PORT), '-H', LOOPBACK],
    path.join(outDir, 'next-start.log'),
    {
      ...process.env,
      ...benchEnv(),
      NEXT_TELEMETRY_DISABLED: '1',
      ...extraEnv,
    },
    nodeArgs,
  );
  const baseUrl = `http://${LOOPBACK}:${BENCH_HTTP_PORT}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((r) => child.once('exit', r));
    // The server runs in its own process group; end the group (the server and any worker it forked).
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  try {
    await waitForHttp(`${baseUrl}${probePath}`, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { pid: child.pid as number, baseUrl, stop };
}
