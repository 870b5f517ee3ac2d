import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { LOOPBACK } from '@/lib/env';

/**
 * Another site on this machine, serving one page: http://localhost:<port>/ is a different site
 * from the app's http://127.0.0.1:<port>, as an attacker's page would be. A real server rather
 * than a routed response, so that the browser treats its requests to the app as it would a page
 * on the local network (a page it knows no address for is held to stricter rules).
 */
export async function attackerSite(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, LOOPBACK, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
