import { writeFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { Command } from 'commander';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../chromium';
import { type CpuProfile, summariseProfile } from './cpu-profile';
import { settleBrowser } from './draw-bench';

/*
 * npm run bench:profile -- <url> [--mark claimtrace:graph-ready] [--out profile.cpuprofile]
 *
 * Where the time from navigation to a drawn graph goes: a fresh headless Chromium, settled on
 * about:blank as the draw bench does, loads the URL
 * under the V8 sampling profiler until the page sets the mark, then prints the functions with the
 * most self time and the most total time (each function counted once per stack). The raw profile
 * can be saved and opened in Chrome DevTools.
 */

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
  await settleBrowser(page);
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
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  console.log(`${opts.mark} at ${Math.round((await drawn.jsonValue()) as number)} ms after navigation\n`);
  console.log(summariseProfile(profile, Number(opts.top)));
  if (opts.out) await writeFile(opts.out, JSON.stringify(profile));
} finally {
  await browser.close();
}
