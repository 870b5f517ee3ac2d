import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The driver opens sockets and must stay a Node.js dependency of the server, never bundled.
  serverExternalPackages: ['neo4j-driver'],
  poweredByHeader: false,
};

export default nextConfig;
