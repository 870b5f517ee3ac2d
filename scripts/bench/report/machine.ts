import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** The machine a run happened on, so figures are never read without it. */
export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  java: string;
  neo4j: string;
  chromium: string;
  loadAverage: string;
  /** Other busy processes when the run started: the figures share the CPUs with them. */
  busy: string[];
}

function quiet(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  // `java -version` writes to stderr; a missing command leaves both empty.
  return r.stdout?.trim() || r.stderr?.trim() || 'unknown';
}

function cpuModel(): string {
  const line = readFileSync('/proc/cpuinfo', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('model name'));
  return line?.split(':')[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
}

/** Processes using more than 5 % CPU, averaged over their life (ps), excluding this one. */
export function busyProcesses(): string[] {
  const out = quiet('ps', ['-eo', 'pid,pcpu,rss,comm', '--sort=-pcpu', '--no-headers']);
  return out
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => Number(f[1]) >= 5 && Number(f[0]) !== process.pid)
    .slice(0, 8)
    .map((f) => `${f[3]} (pid ${f[0]}, ${f[1]} % CPU, ${Math.round(Number(f[2]) / 1024)} MiB)`);
}

export function describeMachine(neo4jVersion: string): Machine {
  const java = quiet('java', ['-version']).split('\n')[0] ?? 'unknown';
  return {
    date: new Date().toISOString(),
    cpus: Number(quiet('nproc', [])) || os.cpus().length,
    cpuModel: cpuModel(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    java,
    neo4j: neo4jVersion,
    chromium: quiet('/usr/bin/chromium', ['--version']),
    loadAverage: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' / '),
    busy: busyProcesses(),
  };
}
