import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { closeDriver } from '@/lib/neo4j/driver';
import { writeArticle } from '@/lib/neo4j/write-article';
import { readArticleFile } from '@/lib/corpus/read-article-file';
import { boltAddress, closedPort, listen } from '../support/local-ports';
import { startLineChild } from './support/line-child';
import { resetTestDatabase } from './support/test-database';

/*
 * The API when Neo4j is away: a port where nothing listens (Neo4j stopped) and one that accepts
 * connections but never answers (a hung server). Each answer must be a 503 within 3 s, and the
 * same server process must answer normally once the database is back. The API runs in a process
 * of its own (support/api-probe.ts) pointed at those ports, so this one keeps the real database.
 */

const LIMIT_MS = 3_000;

type Answer = { status: number; ms: number };

function probe(port: number) {
  const child = startLineChild('tests/integration/support/api-probe.ts', [], {
    ...process.env,
    NEO4J_URI: `bolt://127.0.0.1:${port}`,
  });
  return {
    ask: async (command: 'read' | 'write'): Promise<Answer> => JSON.parse(await child.ask(command)),
    stop: child.stop,
  };
}

describe('the API when Neo4j is away', () => {
  beforeAll(async () => {
    await resetTestDatabase();
    await writeArticle(await readArticleFile('graph/corpus/emotionally-unavailable-men.txt'));
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('answers 503 within 3 s when nothing listens, and normally once Neo4j is back', async () => {
    const port = await closedPort();
    const api = probe(port);
    try {
      const answers = [await api.ask('read'), await api.ask('write'), await api.ask('read')];
      for (const a of answers) expect(a.status).toBe(503);
      for (const a of answers) expect(a.ms).toBeLessThan(LIMIT_MS);
      console.info(`nothing listening: 503 in ${answers.map((a) => a.ms).join(', ')} ms`);

      const neo4jBack = await listen(port, boltAddress(env().neo4jUri));
      try {
        expect((await api.ask('read')).status).toBe(200);
        expect((await api.ask('write')).status).toBe(200);
      } finally {
        await neo4jBack.close();
      }
    } finally {
      api.stop();
    }
  }, 120_000);

  it('answers 503 within 3 s when the server accepts connections but never answers', async () => {
    const hung = await listen(0);
    const api = probe(hung.port);
    try {
      const answers = [await api.ask('read'), await api.ask('write')];
      for (const a of answers) expect(a.status).toBe(503);
      for (const a of answers) expect(a.ms).toBeLessThan(LIMIT_MS);
      console.info(`never answering: 503 in ${answers.map((a) => a.ms).join(', ')} ms`);
    } finally {
      api.stop();
      await hung.close();
    }
  }, 120_000);
});
