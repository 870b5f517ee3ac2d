import { createHmac, randomBytes } from 'node:crypto';
import { secretEquals } from './secret-equals';

/*
 * The browser session that the one-time link opens. The cookie holds a random session id and an
 * HMAC of it keyed by CLAIMTRACE_WRITE_TOKEN: any server holding that token can check it, no session
 * store is needed, it outlives a server restart, and changing the token signs every browser out.
 */

export const SESSION_COOKIE = 'claimtrace_session';

const VERSION = 'v1';
const COOKIE_VALUE = /^v1\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/;

function mac(sessionId: string, key: string): string {
  // A purpose prefix keeps this HMAC from ever being reused as a signature of anything else.
  return createHmac('sha256', key).update(`claimtrace-session:${sessionId}`).digest('base64url');
}

/** A new session's cookie value, signed with the write token. */
export function newSessionCookieValue(key: string): string {
  const sessionId = randomBytes(16).toString('base64url');
  return `${VERSION}.${sessionId}.${mac(sessionId, key)}`;
}

/** The session id of a cookie value signed with `key`, or null for anything else. */
export function verifySessionCookieValue(value: string, key: string): string | null {
  const match = COOKIE_VALUE.exec(value);
  if (!match) return null;
  const [, sessionId = '', signature = ''] = match;
  return secretEquals(signature, mac(sessionId, key)) ? sessionId : null;
}

/**
 * The Set-Cookie header. HttpOnly keeps it from scripts; SameSite=Strict keeps other sites' pages
 * from sending it; no Max-Age, so it ends with the browser session. Secure only over HTTPS: on
 * http://127.0.0.1 a Secure cookie would not be kept by every browser.
 */
export function sessionSetCookie(value: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}
