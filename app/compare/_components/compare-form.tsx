'use client';

import { type FormEvent, useId, useState } from 'react';
import { useArticles } from '@/app/_queries/articles';
import { ArticleInput } from '@/app/add/_components/article-input';
import { InputError } from '@/app/add/_components/input-error';
import { StageLine } from '@/app/add/_components/stage-line';
import type { ArticleSource } from '@/app/add/_components/use-add-article';
import { ComparisonReport } from './comparison-report';
import { useCompareDrafts } from './use-compare-drafts';

/** Which loaded article, which new version; then what changed, or the reader's refusal inline. */
export function CompareForm({ initialSlug }: { initialSlug: string | null }) {
  const articles = useArticles();
  const [chosen, setChosen] = useState<string | null>(initialSlug);
  const [source, setSource] = useState<ArticleSource | null>(null);
  const { stage, compare, reset } = useCompareDrafts();
  const pickerId = useId();
  const errorId = useId();
  const list = articles.data?.articles ?? [];
  const slug = chosen ?? list[0]?.slug ?? '';
  const busy = stage.step === 'reading' || stage.step === 'uploading' || stage.step === 'parsing';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (source && slug) void compare(source, slug);
  };

  return (
    <>
      <form className="add-article" onSubmit={submit}>
        <p className="slug-field">
          <label htmlFor={pickerId}>The loaded article</label>
          <select
            id={pickerId}
            value={slug}
            disabled={list.length === 0}
            onChange={(e) => {
              setChosen(e.target.value);
              reset(); // a comparison is of the article it was made with
            }}
          >
            {list.length === 0 && (
              <option value="">{articles.isError ? 'Could not list articles' : '…'}</option>
            )}
            {/* A slug from the URL that the list does not hold is still offered, by its slug. */}
            {chosen && !list.some((a) => a.slug === chosen) && list.length > 0 && (
              <option value={chosen}>{chosen}</option>
            )}
            {list.map((a) => (
              <option key={a.slug} value={a.slug}>
                {a.title} ({a.slug})
              </option>
            ))}
          </select>
        </p>
        <ArticleInput
          legend="Its new version"
          source={source}
          onChange={(next) => {
            setSource(next);
            reset();
          }}
          errorId={errorId}
          invalid={stage.step === 'failed'}
        />
        <InputError id={errorId} error={stage.step === 'failed' ? stage.error : null} />
        <p className="form-buttons">
          <button type="submit" disabled={!source || !slug || busy}>
            Compare
          </button>
        </p>
        <StageLine stage={stage} />
      </form>
      {stage.step === 'compared' && <ComparisonReport result={stage.result} />}
    </>
  );
}
