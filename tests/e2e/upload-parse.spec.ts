import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { harnessPorts } from '../../lib/env';
import { writeHeaders } from './support/write-token';

/*
 * POST /api/articles parses in a worker thread with a time budget (lib/parse-pool). These tests
 * run against `next start`, so they prove the worker is bundled and found in a production build,
 * not only when run from source.
 */
const seed = readFileSync('graph/corpus/emotionally-unavailable-men.txt', 'utf8');
const listAt = seed.lastIndexOf('\n[1] ');
const body = seed.slice(0, listAt);
/** About 4.8 MB of the seed's prose: a couple of seconds of parsing. */
const largeBody = body.repeat(Math.floor(4_800_000 / body.length));
/** A short article: parsed in a few milliseconds even by a cold worker. */
const small = (slug: string) => ({
  slug,
  text: 'Sleep\n\nStudies show that sleep consolidates memory.[1]\n\nReferences\n\n[1] Walker, M. P. (2009). The role of sleep in cognition. Annals of Neurology, 1(1), 1-2.\n',
});

test('a hostile article is read at once, and reads are answered while a large one parses', async ({
  request,
}) => {
  const brackets = `Studies show this. ${'['.repeat(8000)}1${']'.repeat(8000)}\n\n${seed.slice(listAt + 1)}`;
  const hostile = await request.post('/api/articles', {
    data: { slug: 'e2e-brackets', text: brackets },
    headers: writeHeaders(),
  });
  expect(hostile.status()).toBe(201);

  // Markers but no list: the whole text is parsed, then refused (422) without a write.
  const order: string[] = [];
  const parse = request
    .post('/api/articles', {
      data: { slug: 'e2e-large', text: largeBody },
      headers: writeHeaders(),
      timeout: 60_000,
    })
    .then((r) => {
      order.push('post');
      return r;
    });
  await new Promise((r) => setTimeout(r, 300)); // the body is sent and the parse under way
  const read = await request.get('/api/articles');
  order.push('get');
  expect(read.status()).toBe(200);
  const refused = await parse;
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error).toMatch(/no reference list/);
  // Parsing on the server's own thread would have held the read until the parse was done.
  expect(order).toEqual(['get', 'post']);
  // Other tests expect the seed article alone.
  expect((await request.delete('/api/articles/e2e-brackets', { headers: writeHeaders() })).status()).toBe(
    204,
  );
});

test.describe('a server with a tight parse budget', () => {
  const port = harnessPorts().CLAIMTRACE_TEST_APP_PORT + 1;
  const base = `http://127.0.0.1:${port}`;
  let server: ChildProcess;

  test.beforeAll(async () => {
    server = spawn(
      process.execPath,
      ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
      {
        env: { ...process.env, CLAIMTRACE_PARSE_BUDGET_MS: '300' },
        stdio: 'ignore',
        detached: true,
      },
    );
    for (let i = 0; i < 240; i++) {
      const up = await fetch(`${base}/api/articles`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`next start on ${port} did not answer`);
  });

  test.afterAll(() => {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  });

  test('answers 422 past the budget, then parses the next article with a fresh worker', async ({
    request,
  }) => {
    const slow = await request.post(`${base}/api/articles`, {
      data: { slug: 'e2e-too-slow', text: `${largeBody}\n\n${seed.slice(listAt + 1)}` },
      headers: writeHeaders(),
      timeout: 60_000,
    });
    expect(slow.status()).toBe(422);
    const json = await slow.json();
    expect(json.error).toBe('The article is too complex to read within the time limit');
    expect(json.issues[0].message).toMatch(/300 ms/);

    const next = await request.post(`${base}/api/articles`, {
      data: small('e2e-after-budget'),
      headers: writeHeaders(),
    });
    expect([200, 201]).toContain(next.status());
    expect((await next.json()).claims).toBe(1);
    const removed = await request.delete(`${base}/api/articles/e2e-after-budget`, {
      headers: writeHeaders(),
    });
    expect(removed.status()).toBe(204);
  });
});
