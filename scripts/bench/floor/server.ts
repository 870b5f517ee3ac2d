import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

/** Files the floor page may load, by URL path; nothing else is served. */
function routes(dataDir: string): (url: string) => string | null {
  const here = path.join('scripts', 'bench', 'floor');
  const vendor: Record<string, string> = {
    '/vendor/cytoscape.min.js': 'node_modules/cytoscape/dist/cytoscape.min.js',
    '/vendor/layout-base.js': 'node_modules/layout-base/layout-base.js',
    '/vendor/cose-base.js': 'node_modules/cose-base/cose-base.js',
    '/vendor/cytoscape-fcose.js': 'node_modules/cytoscape-fcose/cytoscape-fcose.js',
    '/': path.join(here, 'index.html'),
    '/floor.js': path.join(here, 'floor.js'),
  };
  return (url) => {
    const pathname = new URL(url, 'http://x').pathname;
    if (vendor[pathname]) return vendor[pathname];
    const m = /^\/data\/([a-z0-9-]+\.json)$/.exec(pathname);
    return m?.[1] ? path.join(dataDir, m[1]) : null;
  };
}

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

/** A tiny static server on loopback for the floor page and the graphs it draws; port 0 picks a free one. */
export function startFloorServer(dataDir: string, port = 0): Promise<Server> {
  const resolve = routes(dataDir);
  const server = createServer((req, res) => {
    const file = resolve(req.url ?? '/');
    if (!file || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}
