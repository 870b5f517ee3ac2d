import type { BrowserContext } from '@playwright/test';
import { newSessionCookieValue, SESSION_COOKIE } from '@/lib/auth/session-cookie';
import { env } from '@/lib/env';

/**
 * Signs the browser in as the one-time link would, with a session cookie signed by the e2e
 * server's write token: the link itself works once per server, and another test spends it.
 */
export async function signIn(context: BrowserContext, baseURL: string): Promise<void> {
  const token = env().CLAIMTRACE_WRITE_TOKEN;
  if (!token) throw new Error('CLAIMTRACE_WRITE_TOKEN is not set: run the e2e tests with `npm test`.');
  await context.addCookies([
    {
      name: SESSION_COOKIE,
      value: newSessionCookieValue(token),
      url: baseURL,
      httpOnly: true,
      sameSite: 'Strict',
    },
  ]);
}

/** The two sizes every flow is tried at: a desktop window and a phone held upright. */
export const SIZES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

export const SHOTS = '/tmp/library-shots';
