/**
 * Family names as author–date callouts and reference entries write them, reduced to one key:
 * diacritics, case, apostrophes and hyphens do not matter ("Müller" = "Muller", "O'Neil" =
 * "ONeil"), particles stay part of the name ("van der Berg").
 */

/** Lower-case particles that belong to a family name: "van der Berg", "de la Cruz", "von Neumann". */
export const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'da',
  'das',
  'di',
  'dos',
  'du',
  'la',
  'le',
  'ter',
  'ten',
  'zu',
  'al',
  'el',
  'bin',
  'ibn',
]);

/**
 * A capitalised name word: "Smith", "O'Neil", "Müller", "Smith-Jones", "McDonald"; and with an
 * accent set apart from its letter, as text taken from a PDF has it ("Abeille´", "Gamba¨ck").
 */
const NAME_WORD = /^\p{Lu}[\p{L}\p{Sk}'’-]*$/u;

export const isNameWord = (word: string): boolean => NAME_WORD.test(word);
export const isParticle = (word: string): boolean => PARTICLES.has(word);

/** "Müller" -> "muller", "O’Neil" -> "oneil", "van der Berg" -> "van der berg". */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a callout's family name names an entry's: equal, or either without its particles or
 * initials or a body's "the" ("van der berg" and "berg", "j santalucia" and "santalucia", "the stan
 * development team"). Only those may stand before: "k p soman amrita cen icon", a byline read
 * whole, does not end in the name "icon".
 */
export function sameFamily(callout: string, entry: string): boolean {
  return callout === entry || afterParticles(entry, callout) || afterParticles(callout, entry);
}

function afterParticles(longer: string, name: string): boolean {
  if (!longer.endsWith(` ${name}`)) return false;
  return longer
    .slice(0, -name.length - 1)
    .split(' ')
    .every((word) => PARTICLES.has(word) || word.length === 1 || word === 'the');
}
