import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests: pure code beside its source (*.test.ts). No database, no browser.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('.', import.meta.url)) },
    // Lets lib/neo4j modules (marked 'server-only') load outside Next.js.
    conditions: ['react-server'],
  },
  test: {
    include: ['{lib,graph,scripts,app}/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
