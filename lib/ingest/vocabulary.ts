import { type ConceptVocabulary, conceptVocabularySchema } from '@/lib/schemas/concept-vocabulary';

/** A vocabulary file that does not hold up; `problems` lists each issue with its JSON path. */
export class VocabularyError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid concept vocabulary: ${problems.join('; ')}`);
    this.name = 'VocabularyError';
    this.problems = problems;
  }
}

function pathOf(path: readonly PropertyKey[]): string {
  return (
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '') || '(root)'
  );
}

/**
 * Validates a vocabulary: parsed JSON, or the file's text. Callers read the file; a missing file
 * simply means no vocabulary (the article loads without concepts).
 */
export function parseVocabulary(json: unknown): ConceptVocabulary {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new VocabularyError([`not valid JSON (${(error as Error).message})`]);
    }
  }
  const result = conceptVocabularySchema.safeParse(value);
  if (!result.success) {
    throw new VocabularyError(result.error.issues.map((issue) => `${pathOf(issue.path)}: ${issue.message}`));
  }
  return result.data;
}
