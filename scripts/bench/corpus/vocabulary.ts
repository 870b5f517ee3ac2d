import type { GeneratedArticle } from './article';

/** The article's concept vocabulary as its JSON file holds it (lib/schemas/concept-vocabulary.ts). */
export function vocabularyFor(article: GeneratedArticle) {
  return {
    concepts: article.concepts.map((c) => ({
      label: c.label,
      aliases: c.aliases,
      description: c.description,
      broader: c.broader,
    })),
  };
}
