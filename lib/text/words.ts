/**
 * Words of a text, folded to ASCII lower case, apostrophes dropped ("couple’s" → "couples",
 * "Études" → "etudes"). The one tokeniser behind stems, ids and slugs.
 */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}
