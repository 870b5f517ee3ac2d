import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests: pure code beside its source (*.test.ts). No database, no browser.
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
    include: ['{lib,graph,scripts,app}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Vitest's default leaves a core to itself (cores - 1): one worker on a two-core machine,
    // where its own process sits idle while they run. All cores: 226 s -> 132 s for this suite.
    maxWorkers: availableParallelism(),
  },
});
