import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Compares a secret a client sent with the one we hold in constant time. Both are hashed first:
 * timingSafeEqual needs equal lengths, and comparing lengths directly would tell how long ours is.
 */
export function secretEquals(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}
