import { substream } from './prng';
import {
  CONCEPT_HEADS,
  CONCEPT_MODIFIERS,
  DISCIPLINES,
  FAMILY_HEADS,
  FAMILY_TAILS,
  FIELDS,
  INITIALS,
  OUTCOMES,
  POPULATIONS,
  PUBLISHERS,
  TITLE_NOUNS,
} from './words';
import { distinctDraws, zipfSampler } from './zipf';

/**
 * The shared pool every article cites from. Works, authors and venues are drawn with Zipf-skewed
 * popularity, so the same work (written the same way, so it gets the same identity) recurs across
 * articles, and popular authors and venues gather many works: the shape a real corpus has.
 */
export interface PoolAuthor {
  family: string;
  given: string;
}
export interface PoolWork {
  authors: PoolAuthor[];
  year: number;
  title: string;
  kind: 'article' | 'book';
  venue: string | null;
  volume: number;
  issue: number | null;
  pages: string;
  publisher: string | null;
  place: string | null;
  /** Concept labels the title names, so titles link to concepts (ABOUT). */
  concepts: string[];
}
export interface PoolConcept {
  label: string;
  aliases: string[];
  description: string;
  broader: string | null;
}

export interface Pool {
  works: PoolWork[];
  concepts: PoolConcept[];
  drawWork: ReturnType<typeof zipfSampler>;
  drawConcept: ReturnType<typeof zipfSampler>;
}

export function buildConcepts(): PoolConcept[] {
  const heads: PoolConcept[] = CONCEPT_HEADS.map((label) => ({
    label,
    aliases: [`${label} processes`],
    description: `The broad family of findings about ${label}.`,
    broader: null,
  }));
  const narrow: PoolConcept[] = [];
  for (const head of CONCEPT_HEADS) {
    for (const modifier of CONCEPT_MODIFIERS) {
      narrow.push({
        label: `${modifier} ${head}`,
        aliases: [`${head} of a ${modifier} kind`],
        description: `${head} as it shows in ${modifier} contexts.`,
        broader: head,
      });
    }
  }
  // Interleave so that the most popular ranks mix broad and narrow concepts.
  const out: PoolConcept[] = [];
  for (let i = 0; i < narrow.length; i++) {
    if (i < heads.length) out.push(heads[i] as PoolConcept);
    out.push(narrow[i] as PoolConcept);
  }
  return out;
}

function authorAt(index: number, seed: number): PoolAuthor {
  const rng = substream(seed, `author:${index}`);
  const head = FAMILY_HEADS[index % FAMILY_HEADS.length] as string;
  const tail = FAMILY_TAILS[Math.floor(index / FAMILY_HEADS.length) % FAMILY_TAILS.length] as string;
  // Past heads x tails the family repeats with other initials: different people, same surname.
  const given = rng.chance(0.6) ? `${rng.pick(INITIALS)}. ${rng.pick(INITIALS)}.` : `${rng.pick(INITIALS)}.`;
  return { family: head + tail, given };
}

function venueAt(index: number): string {
  const field = FIELDS[index % FIELDS.length] as string;
  const discipline = DISCIPLINES[Math.floor(index / FIELDS.length) % DISCIPLINES.length] as string;
  const form = Math.floor(index / (FIELDS.length * DISCIPLINES.length)) % 3;
  if (form === 0) return `Journal of ${field} ${discipline}`;
  if (form === 1) return `${field} ${discipline} Review`;
  return `International Journal of ${field} ${discipline}`;
}

export function buildPool(workCount: number, seed: number): Pool {
  const concepts = buildConcepts();
  const authorCount = Math.max(60, Math.round(workCount * 0.8));
  const venueCount = FIELDS.length * DISCIPLINES.length * 3;
  const drawAuthor = zipfSampler(authorCount, 0.9);
  const drawVenue = zipfSampler(venueCount, 1.0);
  const drawConcept = zipfSampler(concepts.length, 0.8);
  const works: PoolWork[] = [];
  for (let i = 0; i < workCount; i++) {
    const rng = substream(seed, `work:${i}`);
    const authorIdx = distinctDraws(drawAuthor, rng, rng.int(1, rng.chance(0.1) ? 6 : 3), authorCount);
    const c1 = concepts[drawConcept(rng)] as PoolConcept;
    const c2 = concepts[drawConcept(rng)] as PoolConcept;
    const population = rng.pick(POPULATIONS);
    const isBook = rng.chance(0.15);
    const title = isBook
      ? `${cap(c1.label)} in ${population}: ${cap(rng.pick(OUTCOMES))} and what shapes it`
      : `${cap(c1.label)} and ${c2.label} among ${population}: ${rng.pick(TITLE_NOUNS)}`;
    const publisher = rng.pick(PUBLISHERS);
    const firstPage = rng.int(1, 900);
    works.push({
      authors: authorIdx.map((a) => authorAt(a, seed)),
      year: rng.int(1975, 2024),
      title,
      kind: isBook ? 'book' : 'article',
      venue: isBook ? null : venueAt(drawVenue(rng)),
      volume: rng.int(1, 60),
      issue: rng.chance(0.8) ? rng.int(1, 12) : null,
      pages: `${firstPage}-${firstPage + rng.int(8, 30)}`,
      publisher: isBook ? publisher[1] : null,
      place: isBook ? publisher[0] : null,
      concepts: isBook ? [c1.label] : [c1.label, c2.label],
    });
  }
  return { works, concepts, drawWork: zipfSampler(workCount, 1.0), drawConcept };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
