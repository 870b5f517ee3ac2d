import { stripMarkers } from '@/lib/ingest/markers';

/**
 * Keyword extraction for the claim-source mismatch check: lower-cased words, stop-words removed,
 * lightly stemmed. Deliberately crude (no dictionary, no Porter): it only has to notice that a claim
 * and a title share *some* vocabulary, and a miss only makes a citation "worth checking".
 */

const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each even ever few for from
  further had has have having he her here hers herself him himself his how however i if in into is it
  its itself just less like likely may me might more most much must my myself new no nor not now of
  off on once one only or other our ours out over own per rather same she should so some such than
  that the their theirs them themselves then there these they this those through to too under until
  up upon us very was we were what when where whether which while who whom why will with within
  without would yet you your yours yourself often many every way ways make makes made get gets take
  takes using use used via toward towards among across`.split(/\s+/),
);

// Longest first; each rule needs the stem left behind to keep at least three letters.
const SUFFIXES: [string, string][] = [
  ['ational', 'ate'],
  ['ization', 'ize'],
  ['fulness', 'ful'],
  ['iveness', 'ive'],
  ['ousness', 'ous'],
  ['ically', 'ic'],
  ['ities', ''],
  ['ness', ''],
  ['ment', ''],
  ['ings', ''],
  ['ing', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ity', ''],
  ['ally', 'al'],
  ['ly', ''],
  ['ed', ''],
  ['es', ''],
  ['s', ''],
];

export function stem(word: string): string {
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      if (suffix === 's' && /(ss|us|is)$/.test(word)) return word;
      return word.slice(0, -suffix.length) + replacement;
    }
  }
  return word;
}

/** Distinct stems of the content words of a text, markers like "[12]" ignored. */
export function keywords(text: string): Set<string> {
  const words = stripMarkers(text.normalize('NFKC')).toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w) && !/^\d+$/.test(w));
  return new Set(words.map(stem));
}

/**
 * Two stems match when equal or when one begins the other and the shorter has five letters or
 * more ("emotion" / "emotional", "relation" / "relationship"); shorter prefixes match too much.
 */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}

/** The claim's stems that match some stem of the title, sorted. */
export function sharedKeywords(claimText: string, title: string): string[] {
  const titleStems = [...keywords(title)];
  return [...keywords(claimText)].filter((s) => titleStems.some((t) => stemsMatch(s, t))).sort();
}
