import { describe, expect, it } from 'vitest';
import { newSecret } from './new-secret';
import { newSessionCookieValue, sessionSetCookie, verifySessionCookieValue } from './session-cookie';

const key = newSecret();

describe('session cookie', () => {
  it('verifies a value it signed and gives its session id', () => {
    const value = newSessionCookieValue(key);
    const id = verifySessionCookieValue(value, key);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(value.split('.')[1]).toBe(id);
  });

  it('gives every session its own id', () => {
    const a = verifySessionCookieValue(newSessionCookieValue(key), key);
    const b = verifySessionCookieValue(newSessionCookieValue(key), key);
    expect(a).not.toBe(b);
  });

  it('refuses a value signed with another token, a changed id, a changed signature and junk', () => {
    const value = newSessionCookieValue(key);
    const [version, id = '', signature = ''] = value.split('.');
    const flip = (s: string) => (s.startsWith('A') ? `B${s.slice(1)}` : `A${s.slice(1)}`);
    expect(verifySessionCookieValue(newSessionCookieValue(newSecret()), key)).toBeNull();
    expect(verifySessionCookieValue(`${version}.${flip(id)}.${signature}`, key)).toBeNull();
    expect(verifySessionCookieValue(`${version}.${id}.${flip(signature)}`, key)).toBeNull();
    expect(verifySessionCookieValue(`v2.${id}.${signature}`, key)).toBeNull();
    expect(verifySessionCookieValue('', key)).toBeNull();
    expect(verifySessionCookieValue(key, key)).toBeNull();
  });

  it('is HttpOnly, SameSite=Strict and on every path; Secure only when asked', () => {
    const plain = sessionSetCookie('v', false);
    expect(plain).toBe('claimtrace_session=v; Path=/; HttpOnly; SameSite=Strict');
    expect(sessionSetCookie('v', true)).toBe(`${plain}; Secure`);
  });
});
