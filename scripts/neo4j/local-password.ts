import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { upsertEnvFile } from './env-file';

export const envLocalFile = path.join(process.cwd(), '.env.local');

/**
 * The password of the local Neo4j: NEO4J_PASSWORD when given (shell or .env.local), else a new
 * random one written to .env.local, where Next.js and every script read it. A data folder that
 * already exists keeps the password it was created with, so making up a new one would only lock
 * us out: that case is an error that says what to do.
 */
export function ensureLocalPassword(given: string | undefined, dataDir: string): string {
  if (given) return given;
  if (existsSync(path.join(dataDir, 'databases'))) {
    throw new Error(
      `NEO4J_PASSWORD is not set, but the data folder ${dataDir} already exists with its own password. ` +
        'Put that password back as NEO4J_PASSWORD in .env.local, or stop Neo4j and delete the folder to start afresh.',
    );
  }
  const password = randomBytes(18).toString('base64url');
  upsertEnvFile(envLocalFile, 'NEO4J_PASSWORD', password);
  console.log(`Generated a password for the local Neo4j and saved it as NEO4J_PASSWORD in .env.local`);
  return password;
}
