import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * The ingest CLI refuses what it cannot load before it connects to any database, so these run
 * without one: exit 2 and a message that names the real problem, never "Loaded 0 of 0".
 */

const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ingest(...args: string[]) {
  const run = spawnSync('node_modules/.bin/tsx', ['--conditions=react-server', 'scripts/ingest.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    // A port where nothing listens: were the CLI to get as far as the database, the test would see it.
    env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run ingest refuses unusable paths before writing', { timeout: 60_000 }, () => {
  it('is 2 for a folder with no article files', () => {
    const run = ingest(dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${dir} holds no article files`);
    expect(run.stdout).not.toContain('Loaded');
  });

  it('is 2 for a file that does not exist, and says so', () => {
    const run = ingest(join(dir, 'missing.txt'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing.txt does not exist');
    expect(run.stderr).not.toMatch(/empty|\n\s+at /);
  });
});
