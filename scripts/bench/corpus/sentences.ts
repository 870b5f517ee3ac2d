import type { Rng } from './prng';
import { OUTCOMES, POPULATIONS, VERBS } from './words';

/**
 * Sentence templates. Cited sentences are assertions; the uncited third mixes assertions that lack
 * evidence with advice, questions and framing text, as real articles do. A few templates carry the
 * abbreviations a sentence splitter must not break at ("Dr.", "et al.", "e.g.").
 */
export type SentenceKind = 'assertion' | 'advice' | 'question' | 'other';

export interface SentenceContext {
  rng: Rng;
  concept: string;
  other: string;
  family: string;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function assertion({ rng, concept, other, family }: SentenceContext): string {
  const pop = rng.pick(POPULATIONS);
  const outcome = rng.pick(OUTCOMES);
  const verb = rng.pick(VERBS);
  switch (rng.int(0, 6)) {
    case 0:
      return `Research shows that ${concept} ${verb} ${outcome} in ${pop}`;
    case 1:
      return `${family} et al. found that ${concept} ${verb} ${outcome} over several years`;
    case 2:
      return `Studies of ${pop} suggest that ${concept} ${verb} ${other}`;
    case 3:
      return `Dr. ${family} describes ${concept} as a common pattern among ${pop}`;
    case 4:
      return `In a sample of ${rng.int(40, 4000)} ${pop}, ${concept} ${verb} ${outcome} (e.g., fewer shared plans)`;
    case 5:
      return `${cap(concept)} tends to rise when ${other} is low, and ${outcome} falls with it`;
    default:
      return `About ${rng.int(10, 80)}.${rng.int(0, 9)} percent of ${pop} report ${concept} at some point`;
  }
}

function advice({ rng, concept }: SentenceContext): string {
  return rng.pick([
    `Talk with your partner about ${concept} when things are calm`,
    `Make room for ${concept} in everyday conversations`,
    `Notice when ${concept} shows up and name it gently`,
    `Give yourself time to understand ${concept} before you act`,
  ]);
}

function question({ rng, concept }: SentenceContext): string {
  return `${rng.pick(['Does', 'Can', 'Should'])} ${concept} change how ${rng.pick(POPULATIONS)} experience ${rng.pick(OUTCOMES)}`;
}

function framing({ rng, concept }: SentenceContext): string {
  return rng.pick([
    `Here is what ${concept} can look like in practice`,
    'This distinction matters',
    `Consider how ${concept} plays out day to day`,
    'The picture is more mixed than it first appears',
  ]);
}

/** The sentence without final punctuation or marker; the caller adds both. */
export function uncited(kind: SentenceKind, ctx: SentenceContext): string {
  if (kind === 'advice') return advice(ctx);
  if (kind === 'question') return question(ctx);
  if (kind === 'other') return framing(ctx);
  return assertion(ctx);
}

export function uncitedKind(rng: Rng): SentenceKind {
  const r = rng.next();
  if (r < 0.35) return 'assertion';
  if (r < 0.65) return 'advice';
  if (r < 0.85) return 'question';
  return 'other';
}
