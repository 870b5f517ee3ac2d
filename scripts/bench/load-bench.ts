import { spawn } from 'node:child_process';
import type { LoadResult, LoadVariant } from './load-worker';

/** Runs one load variant in a child process against the bench Neo4j and returns its result. */
export function runLoadVariant(
  variant: LoadVariant,
  corpusDir: string,
  everyNth = 1,
  maxMs?: number,
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions=react-server',
        'scripts/bench/load-worker.ts',
        variant,
        corpusDir,
        String(everyNth),
        String(maxMs ?? 'Infinity'),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'], env: process.env },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('LOAD_RESULT '));
      if (code !== 0 || !line)
        reject(new Error(`load variant ${variant} failed (exit ${code})\n${out.slice(-2000)}`));
      else resolve(JSON.parse(line.slice('LOAD_RESULT '.length)) as LoadResult);
    });
  });
}

export const articlesPerSecond = (r: LoadResult): number => r.articles / (r.loadMs / 1000);
