import type { ConceptVocabulary } from '@/lib/schemas/concept-vocabulary';
import type { ConceptRecord } from './graph-document';
import { conceptId } from './identities';
import { stems } from './stem';

/**
 * Concept matching: a text names a concept when the stems of one of its aliases (or its label)
 * appear in it as consecutive words. Case- and inflection-tolerant through the stemmer, on word
 * boundaries by construction (whole tokens), multi-word aliases included.
 */
export interface ConceptMatcher {
  concepts: ConceptRecord[];
  /** Concept ids named by the text, in vocabulary order. */
  match(text: string): string[];
}

/** Whether `needle` occurs in `words` starting at `at`. */
function runAt(words: string[], at: number, needle: string[]): boolean {
  if (at + needle.length > words.length) return false;
  return needle.every((w, j) => words[at + j] === w);
}

export function toConceptRecords(vocabulary: ConceptVocabulary): ConceptRecord[] {
  return vocabulary.concepts.map((c) => ({
    id: conceptId(c.id),
    label: c.label,
    aliases: c.aliases,
    description: c.description,
    broader: c.broader ? conceptId(c.broader) : null,
  }));
}

export function conceptMatcher(vocabulary: ConceptVocabulary | undefined): ConceptMatcher {
  const concepts = vocabulary ? toConceptRecords(vocabulary) : [];
  // Alias runs indexed by their first stem, so a text is read once whatever the vocabulary's size.
  const byFirstStem = new Map<string, { order: number; run: string[] }[]>();
  concepts.forEach((c, order) => {
    for (const run of [c.label, ...c.aliases].map(stems)) {
      const first = run[0];
      if (first === undefined) continue;
      byFirstStem.set(first, [...(byFirstStem.get(first) ?? []), { order, run }]);
    }
  });
  return {
    concepts,
    match(text) {
      if (byFirstStem.size === 0) return [];
      const words = stems(text);
      const found = new Set<number>();
      words.forEach((word, at) => {
        for (const { order, run } of byFirstStem.get(word) ?? []) if (runAt(words, at, run)) found.add(order);
      });
      return [...found].sort((a, b) => a - b).map((order) => concepts[order]?.id ?? '');
    },
  };
}
