/**
 * Builds a Lucene query for the full-text index from what a person typed. Every Lucene special
 * character is escaped, so "[16]" or "O'Neil (2008)" or "AND" search for the text and never fail
 * to parse; each word becomes a required term, and the last word also matches as a prefix so
 * results appear while typing.
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

/** Lucene's boolean keywords are case-sensitive operators; lower-case makes them plain words. */
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);

export function toLuceneQuery(input: string): string | null {
  const words = input
    .split(/\s+/)
    .map((w) => w.trim())
    .filter((w) => w.length > 0)
    .map((w) => (OPERATORS.has(w) ? w.toLowerCase() : w))
    .slice(0, 12);
  if (words.length === 0) return null;
  const terms = words.map(escapeLucene);
  const last = terms.length - 1;
  return terms
    .map((t, i) => {
      // The prefix form only for a last word made of plain letters or digits: "alex" -> alex*.
      if (i === last && /^[\p{L}\p{N}]+$/u.test(words[i] ?? '')) return `+(${t} OR ${t}*)`;
      return `+${t}`;
    })
    .join(' ');
}
