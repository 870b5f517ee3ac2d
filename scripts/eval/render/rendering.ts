import type { TruthArticle } from '../truth/truth-article';

/** The formats an article is rendered to, by the name parseArticleBytes picks a reader with. */
export type EvalFormat = 'text' | 'markdown' | 'html' | 'docx';

export const EVAL_FORMATS: readonly EvalFormat[] = ['text', 'markdown', 'html', 'docx'];

export interface Rendering {
  /** A file name with the format's extension, as a user's file would have. */
  name: string;
  bytes: Uint8Array;
}

export type Renderer = (article: TruthArticle) => Rendering | Promise<Rendering>;

/** A reference entry as printed in a list: numbered in a numeric article, bare otherwise. */
export function listedEntry(article: TruthArticle, index: number): string {
  const ref = article.references[index];
  if (!ref) return '';
  return article.style === 'numeric' ? `${ref.number}. ${ref.text}` : ref.text;
}
