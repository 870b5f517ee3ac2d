'use client';

import { useRouter } from 'next/navigation';
import { useArticles } from '@/app/_queries/articles';

/** Switches the page between articles by changing ?article=, so the choice survives a reload. */
export function ArticlePicker({ slug, basePath }: { slug: string; basePath: '/audit' | '/read' }) {
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
