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

function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
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
  const patterns = concepts.map((c) => ({
    id: c.id,
    runs: [c.label, ...c.aliases].map(stems).filter((run) => run.length > 0),
  }));
  return {
    concepts,
    match(text) {
      const words = stems(text);
      return patterns.filter((p) => p.runs.some((run) => containsRun(words, run))).map((p) => p.id);
    },
  };
}
