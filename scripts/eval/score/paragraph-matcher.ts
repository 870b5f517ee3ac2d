/**
 * Finds the truth paragraph a parsed claim came from. Both sides are normalised to their letters
 * alone, lower-cased (digits, punctuation, white space and markup dropped), because renderings
 * differ exactly there: a superscript callout loses its brackets and its space, a table row its
 * bars, an entity its escaping. A claim belongs to the paragraph whose normalised text contains
 * the claim's normalised text. Articles repeat sentences rarely but short ones ("Data not shown.")
 * do, so the search starts at the paragraph the previous claim matched and goes forward, then
 * falls back to the whole article.
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, '');
}

export class ParagraphMatcher {
  private readonly paragraphs: string[];
  private cursor = 0;

  constructor(paragraphTexts: string[]) {
    this.paragraphs = paragraphTexts.map(normaliseForMatch);
  }

  /** The index of the paragraph the text belongs to, or -1 when none contains it. */
  match(text: string): number {
    const needle = normaliseForMatch(text);
    if (needle === '') return -1;
    const found = this.find(needle, this.cursor, this.paragraphs.length) ?? this.find(needle, 0, this.cursor);
    if (found === undefined) return -1;
    this.cursor = found;
    return found;
  }

  private find(needle: string, from: number, to: number): number | undefined {
    for (let i = from; i < to; i += 1) {
      if (this.paragraphs[i]?.includes(needle)) return i;
    }
    return undefined;
  }
}
