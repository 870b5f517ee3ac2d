import '../load-env';
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Command, Option } from 'commander';
import { pointAtBenchNeo4j, startBenchNeo4j, stopBenchNeo4j } from './bench-neo4j';
import { treeCpuMs } from './cpu';
import { type CpuProfile, selfTimeBySource, summariseProfile } from './cpu-profile';
import { loadRoute } from './http-bench';
import { nextBuild, startNext } from './next-server';
import { queryCases } from './query-bench';
import { queryInputs } from './query-inputs';

/*
 * npm run bench:profile-http -- [--route "article graph"] [--cache off|on] [--requests n]
 *
 * Where a server's CPU goes while it answers one API route: `next start` runs under Node's sampling
 * profiler (--cpu-prof) against the bench Neo4j, autocannon sends the route's requests (inputs
 * drawn by popularity, as in the HTTP bench), and the profile is summarised by source (package,
 * Node, app) and by function. Start-up and a short warm-up are in the profile too. The bench Neo4j
 * must already hold a corpus: `npm run bench -- --size large --only load --keep-neo4j`.
 */
const ROUTES = ['article graph', 'claim trace', 'concept filter (in article)', 'search'];
const program = new Command('bench:profile-http')
  .addOption(new Option('--route <name>', 'which API route').choices(ROUTES).default('article graph'))
  .addOption(
    new Option('--cache <mode>', 'read cache off (every request queries) or on')
      .choices(['off', 'on'])
      .default('off'),
  )
  .option('--requests <n>', 'requests to profile', '1000')
  .option('--connections <n>', 'concurrent connections', '16')
  .option('--top <n>', 'rows per function table', '30')
  .option('--out <file>', 'also keep the .cpuprofile here')
  .option('--keep-neo4j', 'leave the bench Neo4j running at the end')
  .parse();
const opts = program.opts<{
  route: string;
  cache: 'off' | 'on';
  requests: string;
  connections: string;
  top: string;
  out?: string;
  keepNeo4j?: boolean;
}>();

const outDir = 'bench-results';
const profileDir = await mkdtemp(path.join(os.tmpdir(), 'claimtrace-http-profile-'));
pointAtBenchNeo4j();
try {
  await startBenchNeo4j((line) => console.log(line));
  const inputs = await queryInputs(Number(opts.requests), 11, 'popular');
  if (inputs.slugs.length === 0)
    throw new Error(
      'the bench Neo4j holds no articles: run `npm run bench -- --size large --only load --keep-neo4j` first',
    );
  const route = queryCases(inputs).find((c) => c.name === opts.route);
  if (!route) throw new Error(`no such route: ${opts.route}`);
  await nextBuild(outDir);

  const server = await startNext(
    outDir,
    '/api/articles',
    opts.cache === 'off' ? { CLAIMTRACE_READ_CACHE_MB: '0' } : {},
    ['--cpu-prof', `--cpu-prof-dir=${profileDir}`],
  );
  try {
    await loadRoute(server.baseUrl, route, opts.cache, 4, 100); // warm-up: JIT and connection pool
    const cpu0 = treeCpuMs(server.pid);
    const f = await loadRoute(
      server.baseUrl,
      route,
      opts.cache,
      Number(opts.connections),
      Number(opts.requests),
    );
    const cpuMs = treeCpuMs(server.pid) - cpu0;
    console.log(
      `\n${f.requests} requests to ${opts.route}, cache ${opts.cache}, ${opts.connections} connections: ` +
        `median ${f.medianMs.toFixed(1)} ms, p95 ${f.p95Ms.toFixed(1)} ms, ${Math.round(f.cacheHitShare * 100)} % cache hits, ` +
        `${(cpuMs / f.requests).toFixed(2)} ms of server CPU per request (the profiler adds its own share)`,
    );
  } finally {
    // Next.js exits on SIGTERM through process.exit, which is when --cpu-prof writes the profile.
    await server.stop();
  }

  const file = (await readdir(profileDir)).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`next start wrote no profile in ${profileDir}`);
  const profile = JSON.parse(await readFile(path.join(profileDir, file), 'utf8')) as CpuProfile;
  const sources = selfTimeBySource(profile);
  const busy = sources.filter((s) => s.source !== '(idle)').reduce((sum, s) => sum + s.ms, 0);
  console.log('\nSelf time by source (share of busy time):');
  for (const s of sources.slice(0, 20))
    console.log(
      `${s.ms.toFixed(0).padStart(7)} ms  ${s.source === '(idle)' ? '      ' : `${((100 * s.ms) / busy).toFixed(1).padStart(5)} %`}  ${s.source}`,
    );
  console.log(`\n${summariseProfile(profile, Number(opts.top))}`);
  if (opts.out) {
    await copyFile(path.join(profileDir, file), opts.out);
    console.log(`\nProfile written to ${opts.out} (open it in Chrome DevTools, Performance panel)`);
  }
} catch (error) {
  console.error(`bench:profile-http failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await rm(profileDir, { recursive: true, force: true });
  if (!opts.keepNeo4j) await stopBenchNeo4j();
  else await (await import('@/lib/neo4j/driver')).closeDriver();
}
