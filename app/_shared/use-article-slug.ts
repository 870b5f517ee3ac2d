'use client';

import { useArticles } from '@/app/_queries/articles';

/**
 * The article to show: the one in the URL, else the first article in the graph. While the list
 * loads (or when it fails) the slug is null and `articles` says why.
 */
export function useArticleSlug(requested: string | null) {
  const articles = useArticles();
  const slug = requested ?? articles.data?.articles[0]?.slug ?? null;
  return { slug, articles };
}
