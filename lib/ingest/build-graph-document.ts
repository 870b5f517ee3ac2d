import { SLUG_PATTERN } from '@/lib/text/slug';
import { calloutFinder, namesListedWork } from './callouts';
import { conceptMatcher } from './concepts';
import type { SourceDocument } from './document/source-document';
import { ArticleParseError } from './errors';
import type { GraphDocument } from './graph-document';
import { numberedAcrossLists } from './lists-given-again';
import { withoutSpans } from './markers';
import { buildOutline, type CalloutFinder } from './outline';
import type { ParseArticleOptions } from './parse-article';
import { isListHeading } from './reference-list';
import { sentenceLocator } from './source-positions';
import { humaniseSlug } from './title';
import { withUnheadedEntries } from './unheaded-entries';
import { buildBibliography } from './works';
import { fromOne, isZeroBased, numberedFromOne } from './zero-based-list';

function list(numbers: number[]): string {
  const shown = numbers.slice(0, 10).map((n) => `[${n}]`);
  return numbers.length > 10 ? `${shown.join(', ')} and ${numbers.length - 10} more` : shown.join(', ');
}

/**
 * A reader's document in, the graph document out: the one path after the readers, whatever the
 * format. Throws ArticleParseError for an article whose callouts have no reference list, or whose
 * reference list nothing cites.
 */
export function buildGraphDocument(read: SourceDocument, options: ParseArticleOptions): GraphDocument {
  const { slug } = options;
  const labelled = numberedAcrossLists(withUnheadedEntries(read));
  // Callouts are found against the list as labelled, then numbered with it from one (zero-based-list.ts).
  const zeroBased = isZeroBased(labelled.references);
  const finder = calloutFinder(labelled.references, labelled.blocks);
  const typedOut = typedOutCallouts(labelled);
  const source = zeroBased ? numberedFromOne(labelled) : labelled;
  if (!SLUG_PATTERN.test(slug)) {
    throw new ArticleParseError('invalid_options', [
      `The slug "${slug}" must be lower-case letters and digits joined by "-" (e.g. "my-article").`,
    ]);
  }
  const title = options.title?.trim() || source.title?.trim() || humaniseSlug(slug);
  const locator = source.sourceLines ? sentenceLocator(source.sourceLines) : undefined;
  const { sections, claims } = buildOutline(
    slug,
    source.blocks,
    locator,
    zeroBased ? fromOne(finder) : finder,
    typedOut && zeroBased ? fromOne(typedOut) : typedOut,
  );
  const cited = [...new Set(claims.flatMap((c) => c.cites))].sort((a, b) => a - b);
  const references = source.references;

  if (cited.length > 0 && !references) {
    const heading = source.blocks.find((b) => b.kind === 'heading' && isListHeading(b.text));
    throw new ArticleParseError('no_reference_list', [
      `The text cites ${list(cited)} but has no reference list: add a "References" heading followed by numbered entries ("[1] ...", "1. ..."), or end the text with "[n] ..." entries.`,
      ...(heading
        ? [`Line ${heading.line} ("${heading.text.trim()}") has no numbered entries under it.`]
        : []),
    ]);
  }
  const entries = (references ?? []).map(({ number, raw, line, column }) => ({
    number,
    raw,
    line,
    ...(locator ? { column: column ?? locator.entryColumn(line, raw) } : {}),
  }));
  if (references && cited.length === 0) {
    const under = source.referencesHeading ? ` under "${source.referencesHeading}"` : '';
    throw new ArticleParseError('no_markers', [
      `The reference list${under} has ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}, but the text cites none of them: no callout such as [1], [1-3], (Smith, 2020) or Smith et al. (2020) was found.`,
    ]);
  }

  const bibliography = buildBibliography(slug, references ?? [], cited);
  const matcher = conceptMatcher(options.vocabulary);
  const mentions = claims.flatMap((c) =>
    matcher.match(withoutSpans(c.text, c.markers)).map((conceptId) => ({ claimId: c.id, conceptId })),
  );
  const about = bibliography.works.flatMap((w) =>
    w.title ? matcher.match(w.title).map((conceptId) => ({ workId: w.id, conceptId })) : [],
  );
  return {
    article: { slug, title, format: source.format },
    sections,
    claims,
    entries,
    ...bibliography,
    concepts: matcher.concepts,
    mentions,
    about,
  };
}

/**
 * Author–date callouts of listed works, for blocks whose reader marked their callouts: its own
 * finder, so that the unlisted works it meets and drops take no number from the article's.
 */
function typedOutCallouts(source: SourceDocument): CalloutFinder | undefined {
  const references = source.references ?? [];
  if (references.length === 0 || !source.blocks.some((b) => b.citations)) return undefined;
  const listed = new Set(references.map((r) => r.number));
  const find = calloutFinder(references, source.blocks);
  return (text) => find(text).filter((m) => namesListedWork(m, listed));
}
