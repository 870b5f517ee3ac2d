import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeCrossref, startFakeCrossref, TROUBLE_DOIS } from '@/scripts/sources/fake-crossref';
import { type CrossrefClientOptions, CrossrefError, createCrossrefClient } from './crossref-client';

/* The client against a local server that speaks Crossref's documented shapes (never the real API). */
let server: FakeCrossref;
beforeAll(async () => {
  server = await startFakeCrossref({ slowMs: 1_500 });
});
afterAll(() => server.close());

function client(overrides: Partial<CrossrefClientOptions> = {}) {
  return createCrossrefClient({
    baseUrl: server.url,
    contactEmail: 'editor@example.org',
    concurrency: 3,
    lookupsPerSecond: 200,
    searchesPerSecond: 200,
    timeoutMs: 1_000,
    backoffBaseMs: 20,
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<CrossrefError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CrossrefError);
  return error as CrossrefError;
}

describe('Crossref client', () => {
  it('looks a DOI up, with the contact address as mailto and in the User-Agent', async () => {
    const result = await client().lookup('10.5555/CLAIMTRACE.clean');
    expect(result.status).toBe('found');
    expect(result.status === 'found' && result.work.title).toEqual([
      'Sleep-dependent consolidation of new facts',
    ]);
    const request = server.requests.at(-1);
    expect(request?.path).toMatch(/^\/works\/10\.5555%2Fclaimtrace\.clean\?mailto=editor%40example\.org$/i);
    expect(request?.userAgent).toContain('mailto:editor@example.org');
  });

  it('says not_found for a DOI Crossref does not know (404)', async () => {
    expect(await client().lookup('10.5555/claimtrace.missing')).toEqual({ status: 'not_found' });
  });

  it('searches an entry as written and keeps each item with its score', async () => {
    const items = await client().search(
      'Ekwueme, R. (2010). Rehearsal before sleep and the recall of word lists.',
    );
    expect(items.map((i) => [i.DOI, i.score])).toEqual([
      ['10.5555/claimtrace.suggested', 87.4],
      ['10.5555/claimtrace.other', 31.2],
    ]);
    expect(server.requests.at(-1)?.path).toContain('query.bibliographic=Ekwueme');
  });

  it('waits as long as a 429 asks (Retry-After) and then gets the record', async () => {
    const c = client();
    const started = Date.now();
    expect((await c.lookup(TROUBLE_DOIS.rateLimited)).status).toBe('found');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(c.stats()).toMatchObject({ requests: 2, retries: 1 });
  });

  it('retries a 503 with backoff, and gives up with a clear error when it persists', async () => {
    expect((await client().lookup(TROUBLE_DOIS.unavailableOnce)).status).toBe('found');
    const c = client({ maxRetries: 2 });
    const error = await failure(c.lookup(TROUBLE_DOIS.alwaysUnavailable));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toMatch(/after 3 tries \(last: HTTP 503\)/);
    expect(c.stats().requests).toBe(3);
  });

  it('does not wait an hour when Crossref asks it to', async () => {
    const error = await failure(client().lookup(TROUBLE_DOIS.longWait));
    expect(error.kind).toBe('rate_limited');
    expect(error.message).toContain('wait 3600 s');
  });

  it('abandons a request that takes longer than the timeout', async () => {
    const error = await failure(client({ timeoutMs: 200, maxRetries: 1 }).lookup(TROUBLE_DOIS.slow));
    expect(error.kind).toBe('unavailable');
    expect(error.message).toContain('no answer within 200 ms');
  });

  it('refuses malformed JSON and answers that are not work records, without retrying', async () => {
    const c = client();
    expect((await failure(c.lookup(TROUBLE_DOIS.malformed))).message).toContain('malformed JSON');
    const shape = await failure(c.lookup(TROUBLE_DOIS.wrongShape));
    expect(shape.kind).toBe('malformed');
    expect(shape.message).toMatch(/message\.DOI/);
    expect(c.stats().requests).toBe(2);
  });

  it('says why when nothing listens at the address', async () => {
    const gone = await startFakeCrossref();
    await gone.close();
    const error = await failure(
      createCrossrefClient({
        baseUrl: gone.url,
        concurrency: 1,
        lookupsPerSecond: 100,
        searchesPerSecond: 100,
        timeoutMs: 500,
        maxRetries: 0,
      }).lookup('10.5555/x'),
    );
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('keeps to its concurrency and rate limits', async () => {
    const own = await startFakeCrossref({ latencyMs: 30 });
    try {
      const c = client({ baseUrl: own.url, concurrency: 2, lookupsPerSecond: 20 });
      const started = Date.now();
      await Promise.all([
        ...Array.from({ length: 21 }, (_, i) => c.lookup(`10.5555/none.${i}`)),
        ...Array.from({ length: 4 }, (_, i) => c.search(`An entry ${i}`)),
      ]);
      // Look-ups and searches share the places.
      expect(own.maxConcurrent()).toBe(2);
      // At most 20 look-ups start in any rolling second: the 21st a second after the first.
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
      expect(own.requests.filter((r) => r.path.startsWith('/works/'))).toHaveLength(21);
    } finally {
      await own.close();
    }
  });
});
