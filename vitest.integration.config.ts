import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Integration tests against a real Neo4j; scripts/test.ts starts one and passes NEO4J_URI.
export default defineConfig({
  resolve: {
    alias: {
      // Node alone cannot run the .ts parse worker that Next.js bundles: start it through tsx.
      '@/lib/parse-pool/start-worker': fileURLToPath(
        new URL('./lib/parse-pool/start-worker-from-source.ts', import.meta.url),
      ),
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // lib/neo4j modules are marked 'server-only'; outside Next.js that marker must be a no-op.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    // One database shared by every file: files run one after another so they never race.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
