import { newSecret } from '@/lib/auth/new-secret';
import { env } from '@/lib/env';
import { bin, type ChildEnv, runChild } from './run-child';
import { ensureWriteToken } from './write-token';

/** An address a browser on this machine can open for the interface the server listens on. */
function browserHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** The arguments of `next start` or `next dev`: always an explicit interface, loopback unless HOST says. */
export function nextServeArgs(command: 'start' | 'dev', e: { PORT: number; HOST: string }): string[] {
  return [command, '-p', String(e.PORT), '-H', e.HOST];
}

/**
 * `next start` (or `next dev`) in the foreground on HOST:PORT, with the write token and a fresh
 * one-time sign-in token in its environment; prints the link that spends that token, the Jupyter
 * way. Resolves with the server's exit code.
 */
export function serveApp(command: 'start' | 'dev', childEnv: ChildEnv, tag = '[start]'): Promise<number> {
  const e = env();
  const writeToken = ensureWriteToken(e.CLAIMTRACE_WRITE_TOKEN);
  const linkToken = newSecret();
  // The session cookie belongs to the host in the link: browse the app under that same host.
  const base = `http://${browserHost(e.HOST)}:${e.PORT}`;
  console.log(`${tag} Serving ${base} (listening on ${e.HOST}; Ctrl-C stops the app)`);
  console.log(`${tag} To write from this browser (add or delete articles), open once:`);
  console.log(`${tag}     ${base}/session?token=${linkToken}`);
  return runChild(bin('next'), nextServeArgs(command, e), {
    ...childEnv,
    CLAIMTRACE_WRITE_TOKEN: writeToken,
    CLAIMTRACE_SESSION_LINK_TOKEN: linkToken,
  });
}
