import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { UnreachableError, WrongPasswordError, waitForNeo4j } from '@/scripts/neo4j/connectivity';
import { PortInUseError, start, status } from '@/scripts/neo4j/local-neo4j';

/*
 * The launcher, checked against the Neo4j that `npm test` started through it (NEO4J_URI points
 * at it). Starting a second JVM here would cost a minute on a 2-core box, so the checks use that
 * instance, and a plain TCP listener stands in for "another program on the port".
 */
const e = env();
const port = Number(new URL(e.neo4jUri.replace(/^bolt/, 'http')).port);
const password = e.NEO4J_PASSWORD ?? '';
const opts = { dataDir: '.neo4j/test-data', password, heapMb: 512, pageCacheMb: 64 };

describe('the local Neo4j launcher', () => {
  let squatter: net.Server;
  let squatterPort = 0;

  beforeAll(async () => {
    squatter = net.createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    squatterPort = (squatter.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => squatter.close(() => resolve())));

  it('reports the running test instance with its pid and data folder', async () => {
    const s = await status(port);
    expect(s.running).toBe(true);
    if (s.running) {
      expect(s.instance.port).toBe(port);
      expect(existsSync(path.join(s.instance.dataDir, 'databases'))).toBe(true);
    }
  });

  it('treats a second start on the same port as a no-op', async () => {
    const before = await status(port);
    const result = await start({ ...opts, port });
    expect(result.alreadyRunning).toBe(true);
    if (before.running) expect(result.instance.pid).toBe(before.instance.pid);
  });

  it('accepts the right password and names NEO4J_PASSWORD for a wrong one, without retrying', async () => {
    const target = { uri: e.neo4jUri, username: 'neo4j', password };
    await expect(
      waitForNeo4j(target, { timeoutMs: 10_000, wrongPasswordHint: 'hint' }),
    ).resolves.toBeUndefined();
    const t0 = Date.now();
    const wrong = waitForNeo4j(
      { ...target, password: 'not-the-password' },
      { timeoutMs: 30_000, wrongPasswordHint: 'Fix NEO4J_PASSWORD.' },
    );
    await expect(wrong).rejects.toThrow(WrongPasswordError);
    await expect(wrong).rejects.toThrow(/rejected user 'neo4j'.*Fix NEO4J_PASSWORD/);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('gives up on an unreachable server after the bounded wait', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = net.createServer();
      probe.listen(0, '127.0.0.1', () => {
        const p = (probe.address() as net.AddressInfo).port;
        probe.close(() => resolve(p));
      });
    });
    const target = { uri: `bolt://127.0.0.1:${closed}`, username: 'neo4j', password };
    await expect(waitForNeo4j(target, { timeoutMs: 2_000, wrongPasswordHint: '' })).rejects.toThrow(
      UnreachableError,
    );
  });

  it('refuses a port held by another program, saying so, before starting anything', async () => {
    const s = await status(squatterPort);
    expect(s).toEqual({ running: false, portInUse: true });
    await expect(start({ ...opts, port: squatterPort })).rejects.toThrow(PortInUseError);
    await expect(start({ ...opts, port: squatterPort })).rejects.toThrow(
      `Port ${squatterPort} is in use by another program`,
    );
  });
});
