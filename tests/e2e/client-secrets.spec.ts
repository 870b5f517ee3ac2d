import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { env } from '@/lib/env';

/*
 * No secret reaches the browser: not in any file of the client build (.next/static), not in the
 * pages as served, nor in the RSC payloads a client navigation fetches. The secrets are the ones
 * `npm test` gave this run's server and build: the Neo4j password, the write token and the one-time
 * sign-in token. `npm test` builds afresh whenever app/, lib/ or the config changed, so a change
 * that leaks a secret is scanned in a build made with these values. The scan proves it reads what
 * is served: it finds a string known to be in the client bundle, and every script the pages load.
 */
const STATIC_DIR = '.next/static';
const PAGES = ['/', '/audit', '/read'];
const SECRET_NAMES = ['NEO4J_PASSWORD', 'CLAIMTRACE_WRITE_TOKEN', 'CLAIMTRACE_SESSION_LINK_TOKEN'] as const;
/** A name given a value, as an .env line, a JS or JSON property, or an assignment would give it. */
const NAMED_VALUE = new RegExp(
  `\\b(${SECRET_NAMES.join('|')})\\b["'\`]?\\s*[:=]\\s*["'\`]?[^\\s"'\`,;)}]{4,}`,
);

function secrets(): Record<(typeof SECRET_NAMES)[number], string> {
  const e = env();
  const values = {
    NEO4J_PASSWORD: e.NEO4J_PASSWORD,
    CLAIMTRACE_WRITE_TOKEN: e.CLAIMTRACE_WRITE_TOKEN,
    CLAIMTRACE_SESSION_LINK_TOKEN: e.CLAIMTRACE_SESSION_LINK_TOKEN,
  };
  for (const [name, value] of Object.entries(values)) {
    if (!value || value.length < 8)
      throw new Error(`${name} is not set: run the e2e tests with \`npm test\`.`);
  }
  return values as Record<(typeof SECRET_NAMES)[number], string>;
}

/** Every file under the client build, read as bytes (latin1 keeps any ASCII secret findable in binary). */
function clientFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(STATIC_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(
      `/_next/static/${path.relative(STATIC_DIR, file).split(path.sep).join('/')}`,
      readFileSync(file, 'latin1'),
    );
  }
  return files;
}

/** Where a text gives away a secret: its value anywhere, or its name with a value. */
function leaks(text: string, values: Record<string, string>): string[] {
  const found = Object.entries(values)
    .filter(([, value]) => text.includes(value))
    .map(([name]) => `the value of ${name}`);
  const named = NAMED_VALUE.exec(text);
  if (named) found.push(`"${named[0].slice(0, 60)}"`);
  return found;
}

test('the scan finds a secret written in any of the ways it looks for', () => {
  const values = { NEO4J_PASSWORD: 'pw-1234567890' };
  expect(leaks('a="pw-1234567890"', values)).toEqual(['the value of NEO4J_PASSWORD']);
  expect(leaks('{"CLAIMTRACE_WRITE_TOKEN":"abcd1234"}', {})).toHaveLength(1);
  expect(leaks('NEO4J_PASSWORD=hunter22', {})).toHaveLength(1);
  expect(leaks('e.CLAIMTRACE_SESSION_LINK_TOKEN = "xyz12345"', {})).toHaveLength(1);
  // A name alone, as in a message telling someone which variable to set, gives nothing away.
  expect(leaks('Set NEO4J_PASSWORD in .env.local.', {})).toEqual([]);
});

test('no file of the client build holds the Neo4j password or a token', () => {
  const values = secrets();
  const files = clientFiles();
  const scripts = [...files.keys()].filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThan(5);
  // The scan reads the client code: a label the search box renders is in one of these files.
  expect([...files.values()].some((text) => text.includes('Search claims, works and authors'))).toBe(true);
  const found = [...files].flatMap(([file, text]) => leaks(text, values).map((leak) => `${file}: ${leak}`));
  expect(found).toEqual([]);
});

test('the pages as served, and their RSC payloads, hold no secret, and load only scanned scripts', async ({
  request,
}) => {
  const values = secrets();
  const files = clientFiles();
  for (const page of PAGES) {
    const response = await request.get(page);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html'); // the page itself, with its embedded data
    const rsc = await request.get(page, { headers: { rsc: '1' } });
    expect(rsc.status()).toBe(200);
    const payload = await rsc.text();
    expect(payload).not.toContain('<html'); // the flight data a client navigation reads
    expect([...leaks(html, values), ...leaks(payload, values)], page).toEqual([]);
    // Every script the page loads is one of the files scanned above: the build on disk is the one served.
    const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(sources.length, page).toBeGreaterThan(0);
    for (const src of sources) expect(files.has(src.split('?')[0] ?? ''), `${page} loads ${src}`).toBe(true);
  }
  // The explorer's HTML carries the seed article's graph: the scan reads the data pages embed.
  expect(await (await request.get('/')).text()).toContain('emotionally-unavailable-men');
});
