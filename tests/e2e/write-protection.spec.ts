import http from 'node:http';
import { expect as baseExpect, test } from '@playwright/test';
import { env, harnessPorts, LOOPBACK } from '@/lib/env';
import { attackerSite } from './support/attacker-site';

const expect = baseExpect.configure({ timeout: 15_000 });

/*
 * Writes against the real server: `npm test` gives it a write token and a one-time sign-in token,
 * and gives them to these tests too.
 */
const port = harnessPorts().CLAIMTRACE_TEST_APP_PORT;
const SEED = 'emotionally-unavailable-men';

function tokens() {
  const { CLAIMTRACE_WRITE_TOKEN: write, CLAIMTRACE_SESSION_LINK_TOKEN: link } = env();
  if (!write || !link)
    throw new Error('The write and sign-in tokens are not set: run the e2e tests with `npm test`.');
  return { write, link };
}

const article = (slug: string) => ({
  slug,
  text: 'Sleep helps.\n\nStudies show that sleep consolidates memory.[1]\n\nReferences\n\n[1] Walker, M. P. (2009). The role of sleep in cognition and emotion. Annals of the New York Academy of Sciences, 1156(1), 168-197.\n',
});

test.describe.configure({ mode: 'serial' });

test('the one-time link signs the browser in once; the cookie writes JSON from our own pages only', async ({
  page,
  context,
  request,
}) => {
  const { link } = tokens();
  // A link preview's HEAD must not spend the token before the person opens the link.
  expect((await request.head(`/session?token=${link}`)).status()).toBe(405);
  await page.goto(`/session?token=${link}`);
  await expect(page).toHaveURL(`http://${LOOPBACK}:${port}/`);
  const [cookie] = await context.cookies();
  expect(cookie).toMatchObject({ name: 'claimtrace_session', httpOnly: true, sameSite: 'Strict', path: '/' });
  expect(await page.evaluate(() => document.cookie)).toBe(''); // HttpOnly: no script can read it

  const post = (body: unknown, contentType: string) =>
    page.evaluate(
      async ([b, type]) =>
        (
          await fetch('/api/articles', {
            method: 'POST',
            headers: { 'content-type': type as string },
            body: b as string,
          })
        ).status,
      [JSON.stringify(body), contentType],
    );
  expect(await post(article('signed-in-write'), 'text/plain')).toBe(415);
  expect(await post(article('signed-in-write'), 'application/json')).toBe(201);
  const deleted = await page.evaluate(
    async () => (await fetch('/api/articles/signed-in-write', { method: 'DELETE' })).status,
  );
  expect(deleted).toBe(204);

  const again = await page.goto(`/session?token=${link}`);
  expect(again?.status()).toBe(403);
  await expect(page.locator('body')).toContainText('works once');

  // Now a page of another site tries to write through this signed-in browser with the two
  // requests that need no preflight: a no-cors fetch and a text/plain form.
  const target = `http://${LOOPBACK}:${port}/api/articles`;
  const defaced = JSON.stringify({ slug: SEED, text: 'Defaced' });
  const attacker = await attackerSite(`<form method="post" enctype="text/plain" action="${target}">
    <input name='${defaced.slice(0, -2)}' value='"}'><button>go</button></form>`);
  try {
    await page.goto(attacker.url);
    await page.evaluate(
      async ([url, body]) => {
        const init = { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body };
        await fetch(url as string, init as RequestInit);
      },
      [target, defaced],
    );
    await Promise.all([page.waitForURL(target), page.getByRole('button', { name: 'go' }).click()]);
  } finally {
    await attacker.close();
  }
  // SameSite=Strict: the browser did not even send its cookie along.
  await expect(page.locator('body')).toContainText('Writing needs authentication');
  const graph = await request.get(`/api/graph?article=${SEED}`);
  expect(graph.status()).toBe(200);
  expect(JSON.stringify(await graph.json())).not.toContain('Defaced');
});

test('the write token works without a browser, and nothing is written without it', async ({ request }) => {
  const { write } = tokens();
  const anonymous = await request.post('/api/articles', { data: article('by-token') });
  expect(anonymous.status()).toBe(401);
  expect((await request.get('/api/audit/by-token')).status()).toBe(404);

  const headers = { authorization: `Bearer ${write}` };
  expect((await request.post('/api/articles', { data: article('by-token'), headers })).status()).toBe(201);
  expect((await request.get('/api/audit/by-token')).status()).toBe(200);
  expect((await request.delete('/api/articles/by-token')).status()).toBe(401);
  expect((await request.delete('/api/articles/by-token', { headers })).status()).toBe(204);
  expect((await request.get('/api/audit/by-token')).status()).toBe(404);
});

/**
 * POSTs a chunked body (no Content-Length) that goes on for as long as the server reads it, and
 * resolves with the answer and how much had been sent when it came.
 */
function postEndlessBody(token: string): Promise<{ status: number; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sentBytes = 0;
    let answered = false;
    const request = http.request({
      host: LOOPBACK,
      port,
      path: '/api/articles',
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
    request.on('response', (response) => {
      answered = true;
      response.resume();
      resolve({ status: response.statusCode ?? 0, sentBytes });
      request.destroy();
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    const GIVE_UP = 256 * 1024 * 1024; // a bound for the test itself, far past any limit
    const pump = () => {
      while (!answered && sentBytes < GIVE_UP) {
        sentBytes += chunk.byteLength;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      if (!answered) reject(new Error(`no answer after ${sentBytes} bytes`));
    };
    request.write('{"slug":"endless","text":"');
    pump();
  });
}

test('a chunked body that never ends is answered 413 once it passes the limit, not read whole', async () => {
  const limit = env().CLAIMTRACE_WRITE_BODY_MB * 1024 * 1024;
  const { status, sentBytes } = await postEndlessBody(tokens().write);
  expect(status).toBe(413);
  // What was sent before the answer: the limit, plus what the sockets on both sides buffer.
  expect(sentBytes).toBeGreaterThan(limit);
  expect(sentBytes).toBeLessThan(limit + 16 * 1024 * 1024);
});
