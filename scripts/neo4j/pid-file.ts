import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { pidFileFor, runDir } from './paths';

/** What `start` leaves behind so that `stop` and `status` work from any later process. */
const instanceSchema = z.object({
  pid: z.number().int().positive(),
  port: z.number().int(),
  dataDir: z.string(),
  startedAt: z.string(),
});
export type Instance = z.infer<typeof instanceSchema>;

export function readInstance(port: number): Instance | undefined {
  const file = pidFileFor(port);
  if (!existsSync(file)) return undefined;
  const parsed = instanceSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : undefined;
}

export function writeInstance(instance: Instance): void {
  mkdirSync(runDir, { recursive: true });
  writeFileSync(pidFileFor(instance.port), `${JSON.stringify(instance, null, 2)}\n`);
}

export function removeInstance(port: number): void {
  rmSync(pidFileFor(port), { force: true });
}

/**
 * True when pid is alive and is our launcher for that port. Checking the command line guards
 * against a recycled pid after a reboot; off Linux (no /proc) a live pid has to do.
 */
export function isLauncherProcess(pid: number, port: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    // ESRCH: gone. EPERM: alive but another user's, so not ours either.
    return false;
  }
  const cmdlineFile = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdlineFile)) return process.platform !== 'linux';
  const args = readFileSync(cmdlineFile, 'utf8').split('\0');
  const portIndex = args.indexOf('--port');
  return args.includes('Launcher') && args[portIndex + 1] === String(port);
}
