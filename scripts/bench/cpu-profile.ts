/*
 * V8 CPU profiles (.cpuprofile, as Chrome DevTools and `node --cpu-prof` write them) summarised as
 * the functions with the most self time and the most total time (each function counted once per
 * stack). Shared by the drawing profiler (a page in Chromium) and the HTTP profiler (`next start`).
 */

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function frameName(n: ProfileNode): string {
  const f = n.callFrame;
  const file = f.url.split('/').pop()?.split('?')[0] ?? '';
  return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
}

export function summariseProfile(p: CpuProfile, top: number): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const ms = (p.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur);
      if (!n) break;
      const k = frameName(n);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`)
      .join('\n');
  return `Self time:\n${rows(self)}\n\nTotal time:\n${rows(total)}`;
}

/**
 * Self time grouped by where the code comes from: a package under node_modules, Node's own
 * internals, the app's bundled server code (.next), or native work (GC, idle, syscalls).
 */
export function selfTimeBySource(p: CpuProfile): { source: string; ms: number }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const f = byId.get(id)?.callFrame;
    if (!f) return;
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f.url)?.[1];
    const source = pkg
      ? pkg
      : f.url.includes('/.next/')
        ? '(app bundle)'
        : f.url.startsWith('node:') || (f.url !== '' && !f.url.includes('/'))
          ? '(node)'
          : f.url === ''
            ? f.functionName || '(native)'
            : '(other)';
    ms.set(source, (ms.get(source) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return [...ms.entries()].map(([source, v]) => ({ source, ms: v })).sort((a, b) => b.ms - a.ms);
}
