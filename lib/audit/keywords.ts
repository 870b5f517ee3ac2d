/**
 * Keyword extraction for the claim-source mismatch check: lower-cased words, stop-words removed,
 * stemmed by the one stemmer that concepts use too (lib/ingest/stem.ts), so "behaviour" in a claim
 * meets "behavior" in a title. Deliberately crude (no dictionary, no Porter): it only has to notice
 * that a claim and a title share *some* vocabulary, and a miss only makes a citation "worth checking".
 */
import { stripMarkers } from '@/lib/ingest/markers';
import { stem } from '@/lib/ingest/stem';

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

/**
 * `text.replace(/\[[^\]]*\]/g, ' ')`: each "[" up to the next "]" becomes a space. The expression
 * scanned to the end from every "[" of a run without a "]"; this reads the text once.
 */
function withoutBrackets(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', last)) {
    const close = text.indexOf(']', i + 1);
    if (close < 0) break; // no "]" after this "[", so none after any later one
    parts.push(text.slice(last, i), ' ');
    last = close + 1;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

function contentWords(text: string): string[] {
  // Markers go by their offsets first (superscripts too), then any bracket left.
  return withoutBrackets(stripMarkers(text.normalize('NFKC')).toLowerCase())
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w) && !/^\d+$/.test(w));
}

/** Distinct stems of the content words of a text, markers like "[12]" ignored. */
export function keywords(text: string): Set<string> {
  return new Set(contentWords(text).map(stem));
}

/**
 * Stems of two neighbouring content words written as one: a compound is spelt open in one text and
 * closed in the other ("house plant" / "houseplants", "health care" / "healthcare", "data set" /
 * "datasets"), and neither half alone begins the other word.
 */
function closedCompounds(text: string): Set<string> {
  const words = contentWords(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(stem(`${words[i]}${words[i + 1]}`));
  return out;
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
  const titleCompounds = closedCompounds(title);
  const shared = new Set(
    [...keywords(claimText)].filter((s) => titleCompounds.has(s) || titleStems.some((t) => stemsMatch(s, t))),
  );
  // Open in the claim, closed in the title: the title's word is what they share.
  for (const compound of closedCompounds(claimText)) if (titleStems.includes(compound)) shared.add(compound);
  return [...shared].sort();
}
