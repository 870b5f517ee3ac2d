import { describe, expect, it } from 'vitest';
import { ALLOWED } from './allowlist';
import { checkPattern, checkRegexes } from './check';
import { collectRegexes, SCANNED } from './collect';

/*
 * "Every regex that reads user text is linear", checked rather than promised: every regex in
 * lib/, scripts/, app/ and graph/ goes through recheck. A vulnerable one fails the test with the
 * attack recheck found; one whose source is not made of constants must be on the allowlist.
 */
const root = process.cwd();
const isAllowed = (where: string, code: string) =>
  ALLOWED.some((a) => where.startsWith(`${a.file}:`) && a.code === code);

describe('ReDoS check', () => {
  it('flags a known catastrophic pattern, and the one that stalled the parser', async () => {
    expect((await checkPattern('(a+)+$', '')).status).toBe('vulnerable');
    expect((await checkPattern(String.raw`\[([^\]]*[^\]\d^,\s–—-][^\]]*)\]\([^)]*\)`, 'g')).status).toBe(
      'vulnerable',
    );
    expect((await checkPattern(String.raw`\s*-\s*`, 'g')).status).toBe('vulnerable');
  });

  it('finds the regexes of the code, literal and built, with their evaluated sources', () => {
    const found = collectRegexes(root);
    expect(found.length).toBeGreaterThan(100);
    expect(new Set(found.map((f) => f.where.split('/')[0]))).toEqual(new Set(SCANNED));
    const markers = found.find(
      (f) => f.where.startsWith('lib/ingest/markers.ts') && f.code === "new RegExp(GROUP, 'g')",
    );
    expect(markers?.source).toMatch(/^\\\[\\\^\?\\s\*.*\\d\{1,4\}/);
    expect(markers?.flags).toBe('g');
  }, 60_000); // parses every source file: about 5 s alone, several times that on a busy machine

  it('finds no vulnerable regex in lib/, scripts/, app/ or graph/', async () => {
    const verdicts = await checkRegexes(collectRegexes(root));
    const failing = verdicts
      .filter((v) => v.status !== 'safe' && !isAllowed(v.regex.where, v.regex.code))
      .map((v) => `${v.regex.where} ${v.regex.code}: ${v.status}, ${v.detail}`);
    expect(failing).toEqual([]);
    // Every allowlist entry still names a regex of the code: a stale entry would hide nothing.
    const unused = ALLOWED.filter(
      (a) =>
        !verdicts.some(
          (v) => isAllowed(v.regex.where, v.regex.code) && v.regex.where.startsWith(`${a.file}:`),
        ),
    );
    expect(unused).toEqual([]);
  }, 240_000);
});
