import { spawn } from 'node:child_process';

/*
 * A second `next start` of the same build, for tests that need the app pointed at another Neo4j
 * than the test database (one that is down). Own process group, so stop() ends the server and
 * whatever it forked.
 */
export async function startSecondServer(port: number, env: NodeJS.ProcessEnv) {
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    { env: { ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'ignore', detached: true },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  };
  for (const started = Date.now(); ; ) {
    const ok = await fetch(`${baseUrl}/icon.svg`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { baseUrl, stop };
    if (Date.now() - started > 60_000 || child.exitCode !== null) {
      stop();
      throw new Error(`next start on port ${port} did not come up`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
