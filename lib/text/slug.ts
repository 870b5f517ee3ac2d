import { tokenize } from './words';

/**
 * The one slug rule: lower-case ASCII letters and digits joined by single hyphens. Article slugs,
 * concept ids and the keys inside node ids all follow it; "_" and "." are not part of it.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug from any text: "Men’s Studies!" → "mens-studies", "A  B__C" → "a-b-c". */
export function slugify(text: string): string {
  return tokenize(text).join('-');
}
