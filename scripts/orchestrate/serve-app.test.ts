import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { nextServeArgs } from './serve-app';

/* `next start` alone listens on every interface; the app must not unless its owner says so. */
describe('the server npm start, dev and serve run', () => {
  it('listens on 127.0.0.1 when HOST is not set', () => {
    expect(nextServeArgs('start', parseEnv({}))).toEqual(['start', '-p', '3000', '-H', '127.0.0.1']);
  });

  it('listens on the interface HOST names, on PORT', () => {
    expect(nextServeArgs('dev', parseEnv({ HOST: '0.0.0.0', PORT: '8080' }))).toEqual([
      'dev',
      '-p',
      '8080',
      '-H',
      '0.0.0.0',
    ]);
  });
});
