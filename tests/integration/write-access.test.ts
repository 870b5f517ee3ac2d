import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DELETE } from '@/app/api/articles/[slug]/route';
import { GET as listArticles, POST } from '@/app/api/articles/route';
import { newSecret } from '@/lib/auth/new-secret';
import { newSessionCookieValue, SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { env } from '@/lib/env';
import { closeDriver } from '@/lib/neo4j/driver';
import { graphCounts } from '@/lib/neo4j/graph-counts';
import { resetTestDatabase } from './support/test-database';
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

const article = (slug: string) => ({
  slug,
  text: `Sleep and memory

Studies show that sleep consolidates memory.[1]

References

[1] Walker, M. P. (2009). The role of sleep in cognition and emotion. Annals of the New York Academy of Sciences, 1156(1), 168-197.
`,
});

async function slugsListed(): Promise<string[]> {
  const response = await listArticles(new Request(`${ORIGIN}/api/articles`));
  const { articles } = (await response.json()) as { articles: { slug: string }[] };
  return articles.map((a) => a.slug);
}

/** Runs `write` and checks that the graph is exactly as it was before. */
async function expectNothingWritten(write: () => Promise<Response>): Promise<Response> {
  const before = await graphCounts();
  const response = await write();
  expect(await graphCounts()).toEqual(before);
  return response;
}

describe('who may write, against a real Neo4j', () => {
  let cookie: string;

  beforeAll(async () => {
    await resetTestDatabase();
    const link = env().CLAIMTRACE_SESSION_LINK_TOKEN;
    if (!link) throw new Error('CLAIMTRACE_SESSION_LINK_TOKEN is not set: run the tests with `npm test`.');
    const first = await visitSessionLink(link);
    expect(first.status).toBe(303);
    cookie = cookieFrom(first);
  });
  afterAll(async () => {
    await closeDriver();
  });

  it('refuses a write without credentials with 401, says how to authenticate, and writes nothing', async () => {
    const response = await expectNothingWritten(() => POST(postRequest(article('anonymous'), json)));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const { error } = await response.json();
    expect(error).toContain('Authorization: Bearer <CLAIMTRACE_WRITE_TOKEN>');
    expect(error).toContain('one-time link');
  });

  it('refuses a wrong bearer token and a cookie signed with another key (401)', async () => {
    const wrongBearer = { authorization: `Bearer ${newSecret()}`, ...json };
    expect((await expectNothingWritten(() => POST(postRequest(article('wrong'), wrongBearer)))).status).toBe(
      401,
    );
    const forged = `${SESSION_COOKIE}=${newSessionCookieValue(newSecret())}`;
    const response = await expectNothingWritten(() =>
      POST(postRequest(article('forged'), { ...sameOrigin(forged), ...json })),
    );
    expect(response.status).toBe(401);
  });

  it('writes with the bearer token, and refuses a text/plain body from it too (415)', async () => {
    const plain = await expectNothingWritten(() =>
      POST(postRequest(article('plain'), { ...bearer(), 'content-type': 'text/plain' })),
    );
    expect(plain.status).toBe(415);
    const response = await POST(postRequest(article('by-token'), { ...bearer(), ...json }));
    expect(response.status).toBe(201);
    expect(await slugsListed()).toContain('by-token');
  });

  it('sets an HttpOnly, SameSite=Strict cookie for the whole site once, and refuses the link after', async () => {
    // beforeAll spent the link; the cookie it set:
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=v1\\.`));
    const again = await visitSessionLink(env().CLAIMTRACE_SESSION_LINK_TOKEN ?? '');
    expect(again.status).toBe(403);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.text()).toMatch(/works once/);
    expect((await visitSessionLink(newSecret())).status).toBe(403);
  });

  it('writes with the cookie from a same-origin page sending JSON', async () => {
    const response = await POST(postRequest(article('by-cookie'), { ...sameOrigin(cookie), ...json }));
    expect(response.status).toBe(201);
    expect(await slugsListed()).toContain('by-cookie');
  });

  it('refuses a cookie write of text/plain with 415, and writes nothing', async () => {
    const response = await expectNothingWritten(() =>
      POST(postRequest(article('plain-cookie'), { ...sameOrigin(cookie), 'content-type': 'text/plain' })),
    );
    expect(response.status).toBe(415);
  });

  it.each([
    ['another Origin', { origin: 'http://attacker.example' }],
    ['no Origin at all', { origin: '' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { 'sec-fetch-site': 'same-site' }],
  ])('refuses a cookie write with %s (403), and writes nothing', async (_name, change) => {
    const headers: Record<string, string> = { ...sameOrigin(cookie), ...json, ...change };
    if (headers.origin === '') delete headers.origin;
    const response = await expectNothingWritten(() => POST(postRequest(article('cross'), headers)));
    expect(response.status).toBe(403);
  });

  it('deletes only with credentials: 401 without, 403 cross-origin, then 204, 404 and 400', async () => {
    await POST(postRequest(article('doomed'), { ...bearer(), ...json }));
    expect(await slugsListed()).toContain('doomed');

    const anonymous = await DELETE(deleteRequest('doomed', {}), slugContext('doomed'));
    expect(anonymous.status).toBe(401);
    const crossOrigin = await DELETE(
      deleteRequest('doomed', { ...sameOrigin(cookie), origin: 'http://attacker.example' }),
      slugContext('doomed'),
    );
    expect(crossOrigin.status).toBe(403);
    expect(await slugsListed()).toContain('doomed');

    const deleted = await DELETE(deleteRequest('doomed', sameOrigin(cookie)), slugContext('doomed'));
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    // The delete counted the graph revision up, so the cached list no longer names it.
    expect(await slugsListed()).not.toContain('doomed');

    const again = await DELETE(deleteRequest('doomed', bearer()), slugContext('doomed'));
    expect(again.status).toBe(404);
    expect((await again.json()).error).toContain('doomed');

    const bad = await DELETE(deleteRequest('Bad_Slug', bearer()), slugContext('Bad_Slug'));
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues[0].path).toBe('slug');
  });
});
