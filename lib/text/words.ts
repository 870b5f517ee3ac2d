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

/** The letters of a text alone, lower case: how two renderings of one passage are told equal ("Smith, J. (2001)" ~ "smith j 2001" → "smithj"). */
export const lettersOnly = (text: string): string => text.toLowerCase().replace(/[^\p{L}]/gu, '');
