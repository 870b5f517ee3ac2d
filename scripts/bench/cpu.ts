import { readFileSync } from 'node:fs';
import { treePids } from './memory';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * CPU time (user + system, ms) used so far by a process tree, from /proc/<pid>/stat. Unlike latency
 * it does not grow when other programs take the cores, so it compares a server's work per request
 * across runs on a busy shared machine.
 */
export function treeCpuMs(root: number): number {
  let ticks = 0;
  for (const pid of treePids(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may contain spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // The process ended between two reads.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
