import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { errorResponse } from '@/app/api/_lib/handler';
import { GET as getGraph } from '@/app/api/graph/route';
import { parseArticle } from '@/lib/ingest/parse-article';
import { closeDriver } from '@/lib/neo4j/driver';
import { writeArticle } from '@/lib/neo4j/write-article';

/*
 * NEO4J_URI=... tsx --conditions=react-server tests/integration/support/api-probe.ts
 *
 * A server process of its own (its own driver, its own NEO4J_URI), so a test can point it at a
 * database that is away while the test's own process keeps the real one. For each line on stdin,
 * "read" (GET /api/graph) or "write" (loading the seed article, answered as POST /api/articles
 * answers a failed write), it prints {"status", "ms"} as one JSON line.
 */
const seed = parseArticle(readFileSync('graph/corpus/emotionally-unavailable-men.txt', 'utf8'), {
  slug: 'emotionally-unavailable-men',
});

async function answer(command: string): Promise<Response> {
  if (command === 'read') return getGraph(new Request('http://localhost/api/graph'));
  if (command === 'write') {
    return writeArticle(seed).then(
      () => new Response(null, { status: 200 }),
      (error: unknown) => errorResponse(error),
    );
  }
  throw new Error(`unknown command ${command}`);
}

async function main(): Promise<void> {
  // The handlers log each 503; the test reads only the JSON lines on stdout.
  console.error = () => {};
  for await (const line of createInterface({ input: process.stdin })) {
    const t0 = performance.now();
    const response = await answer(line.trim());
    console.log(JSON.stringify({ status: response.status, ms: Math.round(performance.now() - t0) }));
  }
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => closeDriver());
