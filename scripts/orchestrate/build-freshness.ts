import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What `next build` reads. Tests are left out: they never change the build. */
const inputs = [
  'app',
  'lib',
  'graph',
  'public',
  'next.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];
const isTest = (file: string) => /\.(test|spec)\.tsx?$/.test(file);

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its folder's mtime
  for (const name of readdirSync(entry, { recursive: true, encoding: 'utf8' })) {
    if (isTest(name)) continue;
    newest = Math.max(newest, statSync(path.join(entry, name)).mtimeMs);
  }
  return newest;
}

/**
 * True when .next holds no production build, or one older than any input. Next writes
 * .next/BUILD_ID last, so its mtime is when the last complete build finished.
 */
export function buildIsStale(root = process.cwd()): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return inputs.some((input) => newestMtime(path.join(root, input)) > builtAt);
}
