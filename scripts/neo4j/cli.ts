import '../load-env';
import { Command, InvalidArgumentError } from 'commander';
import { env } from '@/lib/env';
import { ensureInstalled } from './install';
import { start, status, stop } from './local-neo4j';
import { ensureLocalPassword } from './local-password';

/** `npm run neo4j:install|start|stop|status`: the project's own local Neo4j. */
const program = new Command('neo4j')
  .description('Install, start, stop or inspect the local Neo4j (Bolt on 127.0.0.1)')
  .showHelpAfterError();

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new InvalidArgumentError('expected a port, 1-65535');
  return port;
}
const portOption = ['-p, --port <port>', 'Bolt port (default: NEO4J_BOLT_PORT, 7687)', parsePort] as const;
const portOf = (opts: { port?: number }) => opts.port ?? env().NEO4J_BOLT_PORT;

program
  .command('install')
  .description('Fetch the Neo4j jars with Maven (first run only) and compile the launcher')
  .action(() => {
    const t0 = Date.now();
    const result = ensureInstalled();
    const what = result.fetched ? 'fetched' : 'already present';
    console.log(`Neo4j ${result.version} ${what} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  });

program
  .command('start')
  .description('Start Neo4j in the background; a no-op if it already runs on that port')
  .option(...portOption)
  .option('-d, --data <dir>', 'data folder (default: NEO4J_DATA_DIR, .neo4j/data)')
  .action(async (opts: { port?: number; data?: string }) => {
    const e = env();
    if (!e.neo4jIsLocal) {
      console.log(`NEO4J_URI is set (${e.NEO4J_URI}): that server is used, so no local Neo4j is started.`);
      return;
    }
    const port = portOf(opts);
    const dataDir = opts.data ?? e.NEO4J_DATA_DIR;
    const t0 = Date.now();
    const password = ensureLocalPassword(e.NEO4J_PASSWORD, dataDir);
    const result = await start({
      port,
      dataDir,
      password,
      heapMb: e.NEO4J_HEAP_MB,
      pageCacheMb: e.NEO4J_PAGECACHE_MB,
    });
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    console.log(
      result.alreadyRunning
        ? `Neo4j already runs on bolt://127.0.0.1:${port} (pid ${result.instance.pid}, data ${result.instance.dataDir}); nothing to do.`
        : `Neo4j ready on bolt://127.0.0.1:${port} in ${seconds} s (pid ${result.instance.pid}, data ${dataDir}, logs .neo4j/logs/${port}.log).`,
    );
  });

program
  .command('stop')
  .description('Stop the Neo4j on that port cleanly (SIGTERM)')
  .option(...portOption)
  .action(async (opts: { port?: number }) => {
    const port = portOf(opts);
    const t0 = Date.now();
    const result = await stop(port);
    console.log(
      result === 'stopped'
        ? `Stopped Neo4j on port ${port} (${((Date.now() - t0) / 1000).toFixed(1)} s).`
        : `No Neo4j of this project runs on port ${port}.`,
    );
  });

program
  .command('status')
  .description('Say whether the local Neo4j runs; exit 0 if so, 3 if not')
  .option(...portOption)
  .action(async (opts: { port?: number }) => {
    const port = portOf(opts);
    const s = await status(port);
    if (s.running) {
      const { pid, dataDir, startedAt } = s.instance;
      console.log(`running: bolt://127.0.0.1:${port}, pid ${pid}, data ${dataDir}, since ${startedAt}`);
    } else {
      console.log(
        s.portInUse
          ? `not running: port ${port} is held by another program`
          : `not running on port ${port} (start it with npm run neo4j:start)`,
      );
      process.exitCode = 3;
    }
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
