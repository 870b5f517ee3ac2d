import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { Command } from 'commander';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../chromium';

/*
 * npm run bench:profile -- <url> [--mark claimtrace:graph-ready] [--out profile.cpuprofile]
 *
 * Where the time from navigation to a drawn graph goes: a fresh headless Chromium loads the URL
 * under the V8 sampling profiler until the page sets the mark, then prints the functions with the
 * most self time and the most total time (each function counted once per stack). The raw profile
 * can be saved and opened in Chrome DevTools.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function frameName(n: ProfileNode): string {
  const f = n.callFrame;
  const file = f.url.split('/').pop()?.split('?')[0] ?? '';
  return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
}

function summarise(p: Profile, top: number) {
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

const program = new Command()
  .argument('<url>')
  .option('--mark <name>', 'performance mark that ends the profile', 'claimtrace:graph-ready')
  .option('--out <file>', 'also write the .cpuprofile here')
  .option('--top <n>', 'rows per table', '40')
  .parse();

const url = program.args[0] as string;
const opts = program.opts<{ mark: string; out?: string; top: string }>();
const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'commit' });
  const drawn = await page.waitForFunction(
    (m) => performance.getEntriesByName(m).at(-1)?.startTime ?? null,
    opts.mark,
    { timeout: 180_000, polling: 50 },
  );
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  console.log(`${opts.mark} at ${Math.round((await drawn.jsonValue()) as number)} ms after navigation\n`);
  console.log(summarise(profile, Number(opts.top)));
  if (opts.out) await writeFile(opts.out, JSON.stringify(profile));
} finally {
  await browser.close();
}
