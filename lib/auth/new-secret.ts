import { randomBytes } from 'node:crypto';

/** 256 random bits as 43 characters of base64url: safe in a URL, an .env file and a header. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}
