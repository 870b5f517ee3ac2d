import { newSecret } from '@/lib/auth/new-secret';
import { upsertEnvFile } from '../neo4j/env-file';
import { envLocalFile } from '../neo4j/local-password';

/**
 * The secret every write must carry: CLAIMTRACE_WRITE_TOKEN when given (shell or .env.local), else a
 * new one written to .env.local, as the local Neo4j password is. It also signs the browser session
 * cookies, so replacing it signs every browser out.
 */
export function ensureWriteToken(given: string | undefined): string {
  if (given) return given;
  const token = newSecret();
  upsertEnvFile(envLocalFile, 'CLAIMTRACE_WRITE_TOKEN', token);
  console.log('Generated a write token and saved it as CLAIMTRACE_WRITE_TOKEN in .env.local');
  return token;
}
