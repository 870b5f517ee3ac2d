'use client';

import { useArticles } from '@/app/_queries/articles';

/** Switches the article on screen; one article is drawn at a time, never the whole corpus. */
export function ArticlePicker({
  current,
  onPick,
}: {
  current: { slug: string; title: string };
  onPick: (slug: string) => void;
}) {
  const articles = useArticles();
  const list = articles.data?.articles ?? [];
  if (list.length < 2) return <span className="article-title">{current.title}</span>;
  return (
    <label className="article-picker">
      <span className="visually-hidden">Article</span>
      <select value={current.slug} onChange={(e) => onPick(e.target.value)}>
        {list.some((a) => a.slug === current.slug) ? null : (
          <option value={current.slug}>{current.title}</option>
        )}
        {list.map((a) => (
          <option key={a.slug} value={a.slug}>
            {a.title} ({a.claims} claims)
          </option>
        ))}
      </select>
    </label>
  );
}
