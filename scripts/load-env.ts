// @next/env is a bundled CommonJS module: its exports come through the default import only.
import nextEnv from '@next/env';

/**
 * Scripts read the same .env files as Next.js (.env, .env.local, ...), with the same precedence:
 * a variable already set in the shell wins. Import this first in every CLI.
 */
nextEnv.loadEnvConfig(process.cwd(), false, { info: () => {}, error: console.error });
