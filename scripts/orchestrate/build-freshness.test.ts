import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIsStale } from './build-freshness';

function project() {
  const root = mkdtempSync(path.join(tmpdir(), 'claimtrace-build-'));
  mkdirSync(path.join(root, 'app', 'api'), { recursive: true });
  mkdirSync(path.join(root, '.next'));
  const file = (rel: string, secondsAgo: number) => {
    const full = path.join(root, rel);
    writeFileSync(full, 'x');
    const t = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(full, t, t);
  };
  // Folders get old mtimes too, so only the files decide.
  const ageDirs = () => {
    const t = new Date(Date.now() - 3600_000);
    for (const dir of ['app', 'app/api']) utimesSync(path.join(root, dir), t, t);
  };
  return { root, file, ageDirs };
}

describe('buildIsStale', () => {
  it('is stale without a build', () => {
    const { root } = project();
    expect(buildIsStale(root)).toBe(true);
  });

  it('is fresh when the build is newer than every source', () => {
    const { root, file, ageDirs } = project();
    file('app/api/route.ts', 600);
    file('package.json', 600);
    file('.next/BUILD_ID', 60);
    ageDirs();
    expect(buildIsStale(root)).toBe(false);
  });

  it('is stale when a source changed after the build, but not for a test file', () => {
    const { root, file, ageDirs } = project();
    file('.next/BUILD_ID', 60);
    file('app/api/route.test.ts', 10);
    ageDirs();
    expect(buildIsStale(root)).toBe(false);
    file('app/api/route.ts', 10);
    ageDirs();
    expect(buildIsStale(root)).toBe(true);
  });
});
