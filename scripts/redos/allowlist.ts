/**
 * Regexes the checker cannot judge, each with the reason it is safe. An entry names the file and
 * the code as written, so it stops matching (and the test fails) as soon as the regex changes.
 * Only for proofs: a regex the checker calls vulnerable is rewritten, not listed.
 */
export interface AllowedRegex {
  file: string;
  code: string;
  why: string;
}

export const ALLOWED: AllowedRegex[] = [
  {
    file: 'scripts/neo4j/env-file.ts',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the code of a template literal, as written
    code: 'new RegExp(`^\\\\s*(export\\\\s+)?${key}\\\\s*=`)',
    why: 'The key is one of our own variable names (letters and "_"), never user text; anchored at "^", and each "\\s*" is followed by a literal that is not a space.',
  },
];
