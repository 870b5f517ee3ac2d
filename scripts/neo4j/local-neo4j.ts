import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { waitForNeo4j, wrongPasswordHint } from './connectivity';
import { ensureInstalled } from './install';
import { javaArgs } from './java-command';
import { logFileFor, logsDir } from './paths';
import { type Instance, isLauncherProcess, readInstance, removeInstance, writeInstance } from './pid-file';
import { isPortOpen } from './port-probe';

export const READY_LINE = 'CLAIMTRACE_NEO4J_READY';

export type StartOptions = {
  port: number;
  dataDir: string;
  password: string;
  heapMb: number;
  pageCacheMb: number;
  /** How long to wait for Bolt; the first start of a new data folder takes longest. */
  timeoutMs?: number;
  log?: (line: string) => void;
};

export type Status = { running: true; instance: Instance } | { running: false; portInUse: boolean };

export class PortInUseError extends Error {
  constructor(port: number) {
    super(
      `Port ${port} is in use by another program (not a Neo4j this project started). ` +
        `Stop that program, or pick another port with NEO4J_BOLT_PORT (or --port).`,
    );
    this.name = 'PortInUseError';
  }
}

export class StartFailedError extends Error {
  constructor(reason: string, logFile: string) {
    const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n') : '';
    super(`Neo4j did not start: ${reason}\nLast lines of ${path.relative(process.cwd(), logFile)}:\n${tail}`);
    this.name = 'StartFailedError';
  }
}

export async function status(port: number): Promise<Status> {
  const instance = readInstance(port);
  if (instance && isLauncherProcess(instance.pid, port)) return { running: true, instance };
  // A pid file whose process is gone is stale (a crash, a reboot): forget it.
  if (instance) removeInstance(port);
  return { running: false, portInUse: await isPortOpen(port) };
}

/**
 * Starts the launcher detached (it outlives this process, so restarting the app is fast),
 * waits for its READY line, then logs in over Bolt. Starting an instance that already runs on
 * that port is a no-op: the result says so.
 */
export async function start(o: StartOptions): Promise<{ alreadyRunning: boolean; instance: Instance }> {
  const log = o.log ?? console.log;
  const current = await status(o.port);
  if (current.running) return { alreadyRunning: true, instance: current.instance };
  if (current.portInUse) throw new PortInUseError(o.port);

  ensureInstalled(log);
  mkdirSync(logsDir, { recursive: true });
  mkdirSync(o.dataDir, { recursive: true });
  const logFile = logFileFor(o.port);
  const logFd = openSync(logFile, 'a');
  // Read the log only from here on: earlier runs' READY lines must not count.
  const offset = statSync(logFile).size;
  const child = spawn('java', javaArgs(o), {
    detached: true,
    stdio: ['ignore', logFd, logFd],
    // The password travels in the environment, never on the command line where `ps` shows it.
    env: { ...process.env, CLAIMTRACE_NEO4J_PASSWORD: o.password },
  });
  closeSync(logFd);
  if (child.pid === undefined) throw new StartFailedError('java could not be spawned', logFile);
  const instance: Instance = {
    pid: child.pid,
    port: o.port,
    dataDir: path.resolve(o.dataDir),
    startedAt: new Date().toISOString(),
  };
  writeInstance(instance);
  let exitCode: number | null | undefined;
  child.once('exit', (code, signal) => {
    exitCode = code ?? (signal ? -1 : null);
  });
  child.unref();

  // A first start (new store) took 55-120 s on a busy 2-core box; a quiet one needs about 20 s.
  const timeoutMs = o.timeoutMs ?? 180_000;
  const started = Date.now();
  for (;;) {
    if (exitCode !== undefined) {
      removeInstance(o.port);
      throw new StartFailedError(`the java process exited (code ${exitCode})`, logFile);
    }
    const text = readFileSync(logFile, 'utf8').slice(offset);
    if (text.includes(READY_LINE)) break;
    if (Date.now() - started > timeoutMs) {
      await stop(o.port);
      throw new StartFailedError(`no ${READY_LINE} line within ${timeoutMs / 1000} s`, logFile);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await waitForNeo4j(
    { uri: `bolt://127.0.0.1:${o.port}`, username: 'neo4j', password: o.password },
    {
      timeoutMs: Math.max(5_000, timeoutMs - (Date.now() - started)),
      wrongPasswordHint: wrongPasswordHint(true, o.dataDir),
    },
  );
  return { alreadyRunning: false, instance };
}

/** Sends SIGTERM (the launcher shuts Neo4j down cleanly) and waits for the process to end. */
export async function stop(port: number, timeoutMs = 60_000): Promise<'stopped' | 'not-running'> {
  const current = await status(port);
  if (!current.running) return 'not-running';
  const { pid } = current.instance;
  process.kill(pid, 'SIGTERM');
  const started = Date.now();
  while (isLauncherProcess(pid, port)) {
    if (Date.now() - started > timeoutMs) {
      // A hung shutdown would block every later start on this port; recovery happens on next start.
      process.kill(pid, 'SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  removeInstance(port);
  return 'stopped';
}
