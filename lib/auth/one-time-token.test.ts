import { describe, expect, it } from 'vitest';
import { newSecret } from './new-secret';
import { oneTimeToken } from './one-time-token';
import { secretEquals } from './secret-equals';

describe('oneTimeToken', () => {
  it('accepts the right token once, and never again', () => {
    const secret = newSecret();
    const token = oneTimeToken(secret);
    expect(token.redeem(secret)).toBe(true);
    expect(token.redeem(secret)).toBe(false);
  });

  it('refuses a wrong token without using up the right one', () => {
    const secret = newSecret();
    const token = oneTimeToken(secret);
    expect(token.redeem(newSecret())).toBe(false);
    expect(token.redeem('')).toBe(false);
    expect(token.redeem(secret)).toBe(true);
  });

  it('accepts nothing when no token was set', () => {
    const token = oneTimeToken(undefined);
    expect(token.redeem('')).toBe(false);
    expect(token.redeem('anything')).toBe(false);
  });
});

describe('secretEquals', () => {
  it('is true for equal strings only, whatever their lengths', () => {
    expect(secretEquals('abc', 'abc')).toBe(true);
    expect(secretEquals('abc', 'abd')).toBe(false);
    expect(secretEquals('abc', 'abcd')).toBe(false);
    expect(secretEquals('', 'abc')).toBe(false);
  });
});
