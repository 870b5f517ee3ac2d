import { describe, expect, it } from 'vitest';
import { upsertEnvLine } from './env-file';

describe('upsertEnvLine', () => {
  it('creates the first line of an empty file', () => {
    expect(upsertEnvLine('', 'NEO4J_PASSWORD', 'abc')).toBe('NEO4J_PASSWORD=abc\n');
  });

  it('appends without touching other lines or comments', () => {
    const before = '# mine\nPORT=3005\n\nFOO="bar baz"\n';
    expect(upsertEnvLine(before, 'NEO4J_PASSWORD', 'abc')).toBe(`${before}NEO4J_PASSWORD=abc\n`);
  });

  it('appends on a new line when the file lacks a trailing newline', () => {
    expect(upsertEnvLine('PORT=3005', 'NEO4J_PASSWORD', 'abc')).toBe('PORT=3005\nNEO4J_PASSWORD=abc\n');
  });

  it('replaces an existing value in place, export prefix or not', () => {
    expect(upsertEnvLine('A=1\nNEO4J_PASSWORD=old\nB=2\n', 'NEO4J_PASSWORD', 'new')).toBe(
      'A=1\nNEO4J_PASSWORD=new\nB=2\n',
    );
    expect(upsertEnvLine('export NEO4J_PASSWORD = old\n', 'NEO4J_PASSWORD', 'new')).toBe(
      'NEO4J_PASSWORD=new\n',
    );
  });

  it('leaves commented-out lines and look-alike keys alone', () => {
    expect(upsertEnvLine('# NEO4J_PASSWORD=x\nNEO4J_PASSWORD_OLD=y\n', 'NEO4J_PASSWORD', 'z')).toBe(
      '# NEO4J_PASSWORD=x\nNEO4J_PASSWORD_OLD=y\nNEO4J_PASSWORD=z\n',
    );
  });
});
