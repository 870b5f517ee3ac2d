import net from 'node:net';

/*
 * Stand-ins for a Neo4j that is away, on 127.0.0.1, for the tests of what the app does then
 * (tests/integration/database-away.test.ts, tests/e2e/database-away.spec.ts).
 */

/** A local port with nothing listening on it: Neo4j stopped. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Listens on `port` (0: any free one). With a `target`, each connection is forwarded there (Neo4j
 * coming back on that port); without, connections are accepted and never answered (a hung server).
 * close() ends every connection and the listener.
 */
export async function listen(port: number, target?: { host: string; port: number }) {
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  };
  const server = net.createServer((socket) => {
    track(socket);
    if (!target) return;
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    const end = () => {
      socket.destroy();
      upstream.destroy();
    };
    socket.on('error', end);
    upstream.on('error', end);
    socket.pipe(upstream).pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Host and port of a bolt:// URI. */
export function boltAddress(uri: string): { host: string; port: number } {
  const { hostname, port } = new URL(uri);
  return { host: hostname, port: Number(port || 7687) };
}
