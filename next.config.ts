import type { NextConfig } from 'next';
import { env } from './lib/env';
import { securityHeaders } from './lib/http/security-headers';

const nextConfig: NextConfig = {
  // The driver opens sockets and must stay a Node.js dependency of the server, never bundled.
  serverExternalPackages: ['neo4j-driver'],
  poweredByHeader: false,
  // Read when `next start` starts, so CLAIMTRACE_COMPRESS=true turns gzip on without a rebuild.
  compress: env().CLAIMTRACE_COMPRESS === 'true',
  // Every response: pages, API answers and static files (lib/http/security-headers.ts says why).
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders({ dev: env().NODE_ENV === 'development' }) }];
  },
};

export default nextConfig;
