import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Before any module reads the environment: a budget of three writes, a 1 MiB body, and a database
// that refuses us (the test database with a wrong password). The rest of the suite keeps its own.
const given = vi.hoisted(() => {
  const changed = {
    CLAIMTRACE_WRITE_RATE_LIMIT: '3',
    CLAIMTRACE_WRITE_RATE_WINDOW_S: '60',
    CLAIMTRACE_WRITE_BODY_MB: '1',
    NEO4J_PASSWORD: 'not-the-password',
  };
  const before = Object.fromEntries(Object.keys(changed).map((k) => [k, process.env[k]]));
  Object.assign(process.env, changed);
  return before;
});

import { DELETE } from '@/app/api/articles/[slug]/route';
import { POST } from '@/app/api/articles/route';
import { env } from '@/lib/env';
import { closeDriver } from '@/lib/neo4j/driver';
import {
  bearer,
  cookieFrom,
  deleteRequest,
  json,
  ORIGIN,
  postRequest,
  sameOrigin,
  slugContext,
  visitSessionLink,
} from './support/write-requests';

const MiB = 1024 * 1024;

/** A JSON body that never ends, sent chunked (no Content-Length); counts what was read of it. */
function endlessBody() {
  const seen = { bytes: 0, cancelled: false };
  const chunk = new TextEncoder().encode(`${'x'.repeat(64 * 1024 - 1)},`);
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const opening = new TextEncoder().encode('{"slug":"endless","text":"');
        seen.bytes += opening.byteLength;
        controller.enqueue(opening);
      },
      pull(controller) {
        seen.bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { body, seen };
}

describe('write limits', () => {
  let cookie: string;

  beforeAll(async () => {
    cookie = cookieFrom(await visitSessionLink(env().CLAIMTRACE_SESSION_LINK_TOKEN ?? ''));
  });
  afterAll(async () => {
    await closeDriver();
    for (const [key, value] of Object.entries(given)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  // Each request that passes the gate counts against its client's budget of three: the two 413s
  // below are the token's first two writes.
  it('cuts off a chunked body that never ends as soon as it passes the limit (413)', async () => {
    const { body, seen } = endlessBody();
    const request = new Request(`${ORIGIN}/api/articles`, {
      method: 'POST',
      headers: { ...bearer(), ...json },
      body,
      duplex: 'half',
    } as RequestInit);
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/too large \(limit 1 MB\)/);
    expect(seen.cancelled).toBe(true);
    expect(seen.bytes).toBeGreaterThan(1 * MiB);
    expect(seen.bytes).toBeLessThan(2 * MiB);
  });

  it('refuses a declared Content-Length over the limit before reading the body', async () => {
    const response = await POST(
      postRequest('{}', { ...bearer(), ...json, 'content-length': String(100 * MiB) }),
    );
    expect(response.status).toBe(413);
  });

  it('gives each client three writes a minute, then 429 with Retry-After; others keep their own', async () => {
    expect((await POST(postRequest('not json', { ...bearer(), ...json }))).status).toBe(400);
    const limited = await POST(postRequest('not json', { ...bearer(), ...json }));
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await limited.json()).error).toMatch(/Too many writes/);
    // DELETE draws on the same budget.
    expect((await DELETE(deleteRequest('any', bearer()), slugContext('any'))).status).toBe(429);
    // A browser session is another client.
    expect((await POST(postRequest('not json', { ...sameOrigin(cookie), ...json }))).status).toBe(400);
  });

  it('answers a DELETE with 503 when the database refuses us', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await DELETE(deleteRequest('any', sameOrigin(cookie)), slugContext('any'));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    log.mockRestore();
  });
});
