import type { ConceptVocabulary } from '@/lib/schemas/concept-vocabulary';
import { type SourceLine, splitBlocks } from './blocks';
import { conceptMatcher } from './concepts';
import { ArticleParseError } from './errors';
import type { GraphDocument } from './graph-document';
import { stripMarkers } from './markers';
import { buildOutline } from './outline';
import { findReferenceList, isListHeading } from './reference-list';
import { takeTitle } from './title';
import { validateArticleText } from './validate-input';
import { buildBibliography } from './works';

export interface ParseArticleOptions {
  /** Kebab-case id of the article; prefixes its section, claim and unlisted-work ids. */
  slug: string;
  title?: string;
  vocabulary?: ConceptVocabulary;
}

const SLUG = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;

function list(numbers: number[]): string {
  const shown = numbers.slice(0, 10).map((n) => `[${n}]`);
  return numbers.length > 10 ? `${shown.join(', ')} and ${numbers.length - 10} more` : shown.join(', ');
}

/**
 * Article text in, graph document out. Pure: the caller reads files (decodeArticleBytes checks a
 * file's bytes first). Throws ArticleParseError for text that cannot be an article with numbered
 * citations: empty, binary, too large, markers without a reference list, a list without markers.
 */
export function parseArticle(text: string, options: ParseArticleOptions): GraphDocument {
  const { slug } = options;
  if (!SLUG.test(slug)) {
    throw new ArticleParseError('invalid_options', [
      `The slug "${slug}" must be lower-case letters and digits joined by "-" (e.g. "my-article").`,
    ]);
  }
  validateArticleText(text);
  const lines: SourceLine[] = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line, i) => ({ text: line, number: i + 1 }));
  const referenceList = findReferenceList(lines);
  const body = referenceList
    ? [...lines.slice(0, referenceList.start), ...lines.slice(referenceList.end)]
    : lines;
  const { title, blocks } = takeTitle(splitBlocks(body), slug, options.title);
  const { sections, claims } = buildOutline(slug, blocks);
  const cited = [...new Set(claims.flatMap((c) => c.cites))].sort((a, b) => a - b);

  if (cited.length > 0 && !referenceList) {
    const heading = lines.find((line) => isListHeading(line.text));
    throw new ArticleParseError('no_reference_list', [
      `The text cites ${list(cited)} but has no reference list: add a "References" heading followed by numbered entries ("[1] ...", "1. ..."), or end the text with "[n] ..." entries.`,
      ...(heading
        ? [`Line ${heading.number} ("${heading.text.trim()}") has no numbered entries under it.`]
        : []),
    ]);
  }
  const entries = referenceList?.entries ?? [];
  if (referenceList && cited.length === 0) {
    throw new ArticleParseError('no_markers', [
      `The reference list${referenceList.heading ? ` under "${referenceList.heading}"` : ''} has ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}, but the text cites none of them: no marker such as [1], [1, 2] or [1-3] was found.`,
    ]);
  }

  const bibliography = buildBibliography(slug, entries, cited);
  const matcher = conceptMatcher(options.vocabulary);
  const mentions = claims.flatMap((c) =>
    matcher.match(stripMarkers(c.text)).map((conceptId) => ({ claimId: c.id, conceptId })),
  );
  const about = bibliography.works.flatMap((w) =>
    w.title ? matcher.match(w.title).map((conceptId) => ({ workId: w.id, conceptId })) : [],
  );
  return {
    article: { slug, title },
    sections,
    claims,
    entries,
    ...bibliography,
    concepts: matcher.concepts,
    mentions,
    about,
  };
}
