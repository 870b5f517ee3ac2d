import './load-env';
import { env } from '@/lib/env';
import { waitForNeo4j, wrongPasswordHint } from './neo4j/connectivity';
import { ensureInstalled } from './neo4j/install';
import { start } from './neo4j/local-neo4j';
import { ensureLocalPassword } from './neo4j/local-password';
import { buildIsStale } from './orchestrate/build-freshness';
import { failAndExit } from './orchestrate/fail';
import { phaseTimer } from './orchestrate/phase-timer';
import { bin, runStep } from './orchestrate/run-child';
import { serveApp } from './orchestrate/serve-app';

/*
 * npm start: the local Neo4j (unless NEO4J_URI points elsewhere), the seed, a production build
 * when the sources changed, then `next start` in the foreground on HOST (loopback by default),
 * with the one-time sign-in link printed. Neo4j is left running in the background so that the
 * next `npm start` skips its startup.
 */
async function main(): Promise<number> {
  const e = env();
  const timer = phaseTimer('[start]');
  let password = e.NEO4J_PASSWORD;

  if (e.neo4jIsLocal) {
    await timer.phase('install Neo4j', () => ensureInstalled());
    const localPassword = ensureLocalPassword(e.NEO4J_PASSWORD, e.NEO4J_DATA_DIR);
    password = localPassword;
    await timer.phase('start Neo4j', async () => {
      const result = await start({
        port: e.NEO4J_BOLT_PORT,
        dataDir: e.NEO4J_DATA_DIR,
        password: localPassword,
        heapMb: e.NEO4J_HEAP_MB,
        pageCacheMb: e.NEO4J_PAGECACHE_MB,
      });
      const how = result.alreadyRunning ? 'already running' : 'started';
      console.log(`[start] Neo4j ${how} on ${e.neo4jUri} (pid ${result.instance.pid})`);
    });
  } else {
    console.log(`[start] NEO4J_URI is set: using ${e.neo4jUri}; no local Neo4j is started.`);
    if (!password)
      throw new Error('NEO4J_URI is set but NEO4J_PASSWORD is not: set NEO4J_PASSWORD for that server.');
  }
  const target = { uri: e.neo4jUri, username: e.NEO4J_USERNAME, password };
  await timer.phase('connect to Neo4j', () =>
    waitForNeo4j(target, {
      timeoutMs: 30_000,
      wrongPasswordHint: wrongPasswordHint(e.neo4jIsLocal, e.NEO4J_DATA_DIR),
    }),
  );

  // Children read .env.local themselves; the password is passed too in case it was just made.
  // Next.js would try to send usage telemetry; this app keeps to itself unless the user opts in.
  const childEnv = { NEXT_TELEMETRY_DISABLED: '1', ...process.env, NEO4J_PASSWORD: password };
  await timer.phase('seed', () =>
    runStep('The seed', bin('tsx'), ['--conditions=react-server', 'scripts/seed.ts'], childEnv),
  );
  if (buildIsStale()) {
    await timer.phase('next build', () => runStep('next build', bin('next'), ['build'], childEnv));
  } else {
    console.log('[start] .next is up to date with the sources; skipping next build.');
  }
  console.log(timer.summary());
  if (e.neo4jIsLocal) console.log('[start] Neo4j keeps running after the app stops: npm run neo4j:stop');
  return serveApp('start', childEnv);
}

main().then((code) => process.exit(code), failAndExit);
