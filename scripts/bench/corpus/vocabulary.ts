import { slugify } from '@/lib/text/slug';
import type { ConceptVocabulary } from '@/lib/schemas/concept-vocabulary';
import type { GeneratedArticle } from './article';

export function conceptKey(label: string): string {
  return slugify(label);
}

/** The article's concept vocabulary as graph/corpus/<slug>.concepts.json holds it. */
export function vocabularyFor(article: GeneratedArticle): ConceptVocabulary {
  return {
    concepts: article.concepts.map((c) => ({
      id: conceptKey(c.label),
      label: c.label,
      aliases: c.aliases,
      description: c.description,
      broader: c.broader === null ? null : conceptKey(c.broader),
    })),
  };
}
