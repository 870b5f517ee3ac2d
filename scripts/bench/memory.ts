import { readFileSync } from 'node:fs';

/** A field of /proc/<pid>/status in MiB (VmHWM is the peak resident set, VmRSS the current one). */
export function procStatusMiB(pid: number | 'self', field: 'VmHWM' | 'VmRSS'): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(`${field}:`));
    const kb = Number(line?.split(/\s+/)[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * Samples the resident set of a process tree every `everyMs`, keeping the peak. For a process that
 * is ours, VmHWM gives the same at no cost; for `next start` the work happens in a child process,
 * so the tree is summed.
 */
export class RssSampler {
  private peak = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly rootPid: number,
    private readonly everyMs = 100,
  ) {}

  start(): this {
    this.timer = setInterval(() => {
      const total = treePids(this.rootPid).reduce((sum, pid) => sum + (procStatusMiB(pid, 'VmRSS') || 0), 0);
      this.peak = Math.max(this.peak, total);
    }, this.everyMs);
    return this;
  }

  stop(): number {
    clearInterval(this.timer);
    return this.peak;
  }
}

/** The pid and all its descendants, read from /proc/<pid>/task/<pid>/children. */
export function treePids(root: number): number[] {
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    out.push(pid);
    try {
      const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
      if (children) queue.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended between two reads: nothing below it to count.
    }
  }
  return out;
}
