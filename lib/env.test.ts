import { describe, expect, it } from 'vitest';
import { EnvError, harnessPorts, parseEnv } from './env';

describe('harnessPorts', () => {
  it('defaults to the documented ports', () => {
    expect(harnessPorts({})).toEqual({
      CLAIMTRACE_TEST_BOLT_PORT: 7688,
      CLAIMTRACE_TEST_APP_PORT: 3100,
      CLAIMTRACE_BENCH_BOLT_PORT: 7689,
      CLAIMTRACE_BENCH_APP_PORT: 3002,
    });
  });

  it('moves a port when one is given and rejects one that is not a port', () => {
    expect(harnessPorts({ CLAIMTRACE_TEST_BOLT_PORT: '7788' }).CLAIMTRACE_TEST_BOLT_PORT).toBe(7788);
    expect(() => harnessPorts({ CLAIMTRACE_BENCH_APP_PORT: 'eighty' })).toThrow(EnvError);
  });
});

describe('CLAIMTRACE_COMPRESS', () => {
  it('leaves compression off unless asked for, and names a value that is neither true nor false', () => {
    expect(parseEnv({}).CLAIMTRACE_COMPRESS).toBe('false');
    expect(parseEnv({ CLAIMTRACE_COMPRESS: 'true' }).CLAIMTRACE_COMPRESS).toBe('true');
    expect(() => parseEnv({ CLAIMTRACE_COMPRESS: 'yes' })).toThrow(/CLAIMTRACE_COMPRESS/);
  });
});

describe('write protection settings', () => {
  it('listens on loopback and limits writes unless told otherwise', () => {
    const e = parseEnv({});
    expect(e.HOST).toBe('127.0.0.1');
    expect(e.CLAIMTRACE_WRITE_TOKEN).toBeUndefined();
    expect(e.CLAIMTRACE_WRITE_RATE_LIMIT).toBe(30);
    expect(e.CLAIMTRACE_WRITE_RATE_WINDOW_S).toBe(60);
    expect(e.CLAIMTRACE_WRITE_BODY_MB).toBe(11);
    expect(e.CLAIMTRACE_WRITE_BODY_TIMEOUT_MS).toBe(30_000);
  });

  it('opens other interfaces only when HOST names one', () => {
    expect(parseEnv({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
    expect(() => parseEnv({ HOST: 'a host; rm -rf' })).toThrow(/HOST/);
  });

  it('refuses a write token short enough to guess, naming the variable', () => {
    expect(() => parseEnv({ CLAIMTRACE_WRITE_TOKEN: 'password' })).toThrow(/CLAIMTRACE_WRITE_TOKEN/);
    const token = 'x'.repeat(24);
    expect(parseEnv({ CLAIMTRACE_WRITE_TOKEN: token }).CLAIMTRACE_WRITE_TOKEN).toBe(token);
  });

  it('refuses a rate limit or body limit that is not a positive number', () => {
    expect(() => parseEnv({ CLAIMTRACE_WRITE_RATE_LIMIT: '0' })).toThrow(/CLAIMTRACE_WRITE_RATE_LIMIT/);
    expect(() => parseEnv({ CLAIMTRACE_WRITE_BODY_MB: '-1' })).toThrow(/CLAIMTRACE_WRITE_BODY_MB/);
    expect(parseEnv({ CLAIMTRACE_WRITE_BODY_MB: '0.5' }).CLAIMTRACE_WRITE_BODY_MB).toBe(0.5);
  });
});

describe('Crossref settings', () => {
  it('default to the public API, no contact, a 10 s timeout and checks kept 30 days', () => {
    const e = parseEnv({});
    expect(e.CLAIMTRACE_CROSSREF_URL).toBe('https://api.crossref.org');
    expect(e.CLAIMTRACE_CONTACT_EMAIL).toBeUndefined();
    expect(e.CLAIMTRACE_CROSSREF_TIMEOUT_MS).toBe(10_000);
    expect(e.CLAIMTRACE_SOURCE_CHECK_MAX_AGE_DAYS).toBe(30);
  });

  it('name every bad value at once', () => {
    expect(() =>
      parseEnv({
        CLAIMTRACE_CROSSREF_URL: 'ftp://example.org',
        CLAIMTRACE_CONTACT_EMAIL: 'not an address',
        CLAIMTRACE_CROSSREF_CONCURRENCY: '0',
      }),
    ).toThrow(/CLAIMTRACE_CROSSREF_URL[\s\S]*CLAIMTRACE_CONTACT_EMAIL[\s\S]*CLAIMTRACE_CROSSREF_CONCURRENCY/);
  });
});
