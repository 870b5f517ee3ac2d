import type { NextConfig } from 'next';
import { env } from './lib/env';

const nextConfig: NextConfig = {
  // The driver opens sockets and must stay a Node.js dependency of the server, never bundled.
  serverExternalPackages: ['neo4j-driver'],
  poweredByHeader: false,
  // Read when `next start` starts, so CLAIMTRACE_COMPRESS=true turns gzip on without a rebuild.
  compress: env().CLAIMTRACE_COMPRESS === 'true',
};

export default nextConfig;
