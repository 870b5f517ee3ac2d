'use client';

import { useRouter } from 'next/navigation';
import { useArticles } from '@/app/_queries/articles';

/**
 * Switches the audit or reader page between articles by changing ?article=, so the choice survives a
 * reload (the explorer's own picker keeps its article in its URL state instead).
 */
export function ArticleSwitcher({ slug, basePath }: { slug: string; basePath: '/audit' | '/read' }) {
  const router = useRouter();
  const { data } = useArticles();
  const articles = data?.articles ?? [];
  if (articles.length < 2) return null;
  return (
    <label className="audit-picker">
      Article{' '}
      <select
        value={slug}
        onChange={(e) => router.push(`${basePath}?article=${encodeURIComponent(e.target.value)}`)}
      >
        {articles.map((a) => (
          <option key={a.slug} value={a.slug}>
            {a.title}
          </option>
        ))}
      </select>
    </label>
  );
}
