/**
 * Why an article cannot be turned into a graph document. Callers branch on `code` (the CLI maps every
 * code to exit status 2, the API to a 400/422) and show `problems` to the writer as a list.
 */
export type ArticleParseErrorCode =
  | 'empty' // nothing but whitespace
  | 'binary' // NUL bytes or mostly non-text characters
  | 'too_large' // over MAX_ARTICLE_BYTES
  | 'no_reference_list' // the body cites numbers, but there is no list to resolve them
  | 'no_markers' // a reference list, but the body never cites it
  | 'invalid_options' // a slug that cannot make ids
  | 'unreadable' // the path names no readable file (missing, a folder, no permission)
  | 'unsupported_format' // a format no reader exists for (PDF, an image, a spreadsheet)
  | 'malformed'; // a supported format, but the file is broken (truncated, encrypted, hostile)

const SUMMARY: Record<ArticleParseErrorCode, string> = {
  empty: 'The article is empty',
  binary: 'The file is not text',
  too_large: 'The article is too large',
  no_reference_list: 'The article cites numbered sources but has no reference list',
  no_markers: 'The article has a reference list but cites none of it',
  invalid_options: 'The article cannot be parsed with these options',
  unreadable: 'The file cannot be read',
  unsupported_format: 'The file is in a format Claimtrace does not read',
  malformed: 'The file is damaged or cannot be read safely',
};

export class ArticleParseError extends Error {
  readonly code: ArticleParseErrorCode;
  readonly problems: string[];

  constructor(code: ArticleParseErrorCode, problems: string[]) {
    super(`${SUMMARY[code]}: ${problems.join(' ')}`);
    this.name = 'ArticleParseError';
    this.code = code;
    this.problems = problems;
  }
}

export function isArticleParseError(error: unknown): error is ArticleParseError {
  return error instanceof ArticleParseError;
}
