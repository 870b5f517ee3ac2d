'use client';

import Link from 'next/link';
import { type FormEvent, useId, useState } from 'react';
import { SLUG_PATTERN, slugFromFileName, slugFromTitle } from '@/lib/corpus/slug';
import { ArticleInput } from './article-input';
import { InputError } from './input-error';
import { PreviewSummary } from './preview-summary';
import { StageLine } from './stage-line';
import { type ArticleSource, useAddArticle } from './use-add-article';

/** The first line of pasted text, without Markdown's heading marks: what the slug is made from. */
const firstLine = (text: string) =>
  (text.split('\n').find((line) => line.trim() !== '') ?? '').replace(/^#+\s*/, '').slice(0, 200);

const suggestedSlug = (source: ArticleSource | null) =>
  !source
    ? ''
    : source.kind === 'file'
      ? slugFromFileName(source.file.name)
      : slugFromTitle(firstLine(source.text));

export function AddArticleForm() {
  const [source, setSource] = useState<ArticleSource | null>(null);
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const { stage, reset, preview, save } = useAddArticle();
  const slugId = useId();
  const errorId = useId();
  const busy = stage.step === 'reading' || stage.step === 'uploading' || stage.step === 'parsing';
  const slugOk = SLUG_PATTERN.test(slug) && slug.length <= 200;
  const previewed =
    stage.step === 'previewed' ? stage.preview : stage.step === 'failed' ? stage.preview : undefined;

  const change = (next: ArticleSource | null) => {
    setSource(next);
    if (!slugEdited) setSlug(suggestedSlug(next));
    reset(); // a preview is of the article as it was
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (source && slugOk) void preview(source, slug);
  };

  if (stage.step === 'saved') {
    const q = `?article=${encodeURIComponent(stage.saved.slug)}`;
    return (
      <section aria-live="polite" className="saved">
        <h2>
          {stage.saved.replaced ? 'Replaced' : 'Saved'}: {stage.saved.title}
        </h2>
        <p>
          {stage.saved.claims} claims, {stage.saved.works} works.
        </p>
        <p className="library-actions">
          <Link href={`/${q}`}>Open it in the explorer</Link>
          <Link href={`/audit${q}`}>Its audit</Link>
          <Link href="/library">The library</Link>
        </p>
      </section>
    );
  }

  return (
    <form className="add-article" onSubmit={submit}>
      <ArticleInput source={source} onChange={change} errorId={errorId} invalid={stage.step === 'failed'} />
      <InputError id={errorId} error={stage.step === 'failed' ? stage.error : null} />
      <p className="slug-field">
        <label htmlFor={slugId}>Slug (its name in links)</label>
        <input
          id={slugId}
          value={slug}
          spellCheck={false}
          autoCapitalize="off"
          aria-invalid={slug !== '' && !slugOk}
          onChange={(e) => {
            setSlug(e.target.value);
            setSlugEdited(e.target.value !== '');
            reset();
          }}
        />
        {slug !== '' && !slugOk && (
          <span className="form-error">Lower-case letters and digits joined by single hyphens.</span>
        )}
      </p>
      <p className="form-buttons">
        <button type="submit" disabled={!source || !slugOk || busy}>
          Preview
        </button>
        {previewed && source && (
          <button type="button" disabled={busy} onClick={() => void save(source, slug, previewed)}>
            Save
          </button>
        )}
      </p>
      <StageLine stage={stage} />
      {previewed && <PreviewSummary preview={previewed} />}
    </form>
  );
}
