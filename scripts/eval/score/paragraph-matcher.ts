/**
 * Finds the truth paragraph a parsed claim came from. Both sides are normalised to their letters
 * alone, lower-cased (digits, punctuation, white space and markup dropped), because renderings
 * differ exactly there: a superscript callout loses its brackets and its space, a table row its
 * bars, an entity its escaping. A claim belongs to the paragraph whose normalised text contains
 * the claim's normalised text. Articles repeat sentences rarely but short ones ("Data not shown.")
 * do, so the search starts at the paragraph the previous claim matched and goes forward, then
 * falls back to the whole article. Within a paragraph claims come in order: a sentence written
 * again in a later paragraph ("Read [1] for a discussion …" under two options) goes to the first
 * paragraph that still holds it past the claims already placed there.
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, '');
}

/**
 * Letters, digits and signs: told apart by this key, two table rows whose letters are the same
 * ("σ+ | Growth parameter | 800 nN" and "σ– | Growth parameter | -4 nN") are two paragraphs. It
 * only breaks ties between paragraphs the letters match: renderings may differ in digits and signs.
 */
export function fineKey(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\p{Pd}\u2212]/gu, '-')
    .replace(/[^\p{L}\p{N}\p{Sm}-]+/gu, '');
}

/** Letters a to z alone: what a text decoded two ways keeps the same. */
function asciiLetters(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

/** A cell shorter than this ("see [2]") could sit in many rows by chance: it places no row... */
const MIN_CELL_LETTERS = 12;
/**
 * ...unless its letters and digits together are this long and it has letters enough to be a
 * name: an author–date cell, "Tanaka et al (2004)" or "Blake, 1996", whose year ties it to one
 * row of a table where many rows share its letters.
 */
const MIN_CELL_FINE = 9;
const MIN_SHORT_CELL_LETTERS = 4;

export class ParagraphMatcher {
  private readonly paragraphs: string[];
  private readonly fine: string[];
  private cursor = 0;
  /**
   * Paragraphs a claim has matched whole: a page that repeats a paragraph word for word ("(from
   * Wetmur 1991) (by default)" under three options) has one claim for each, in order.
   */
  private readonly wholeMatched = new Set<number>();
  /** Cells a table row has been placed at. */
  private readonly cellsTaken = new Set<number>();
  /** For each paragraph, how far into its letters the claims placed there have reached. */
  private readonly reached = new Map<number, number>();

  /**
   * For a paragraph whose truth holds a byte it could not decode (U+FFFD: a file that is not UTF-8,
   * which the app reads as Windows-1252, "°" written 0xF8 coming out as "ø"), its ASCII letters.
   */
  private readonly undecoded: (string | null)[];

  constructor(paragraphTexts: string[]) {
    this.paragraphs = paragraphTexts.map(normaliseForMatch);
    this.fine = paragraphTexts.map(fineKey);
    this.undecoded = paragraphTexts.map((t) => (t.includes('\uFFFD') ? asciiLetters(t) : null));
  }

  /** The index of the paragraph the text belongs to, or -1 when none contains it. */
  match(text: string): number {
    const needle = normaliseForMatch(text);
    if (needle === '') return -1;
    const fine = fineKey(text);
    // Digits and signs decide before order does: "Allawi and SantaLucia (1998)" is never placed
    // at an unread "(1997)" paragraph while a "(1998)" one holds it.
    const unread = this.placed(needle, fine, true);
    const any = this.placed(needle, fine, false);
    const found =
      unread.fine ??
      any.fine ??
      unread.first ??
      any.first ??
      this.cellOf(text, needle) ??
      this.undecodedOf(text);
    if (found === undefined) return -1;
    if (this.fine[found] === fine) this.wholeMatched.add(found);
    this.cursor = found;
    const paragraph = this.paragraphs[found] ?? '';
    const from = this.reached.get(found) ?? 0;
    const at = paragraph.indexOf(needle, from);
    if (at >= 0) this.reached.set(found, at + needle.length);
    return found;
  }

  /**
   * The paragraphs a claim's letters (first) and its digits and signs too (fine) belong to, ahead
   * of the cursor first; `unread` asks for ones that hold them past the claims placed in them.
   */
  private placed(needle: string, fine: string, unread: boolean): { first?: number; fine?: number } {
    const ahead = this.find(needle, fine, this.cursor, this.paragraphs.length, unread);
    const behind = this.find(needle, fine, 0, this.cursor, unread);
    return { fine: ahead.fine ?? behind.fine, first: ahead.first ?? behind.first };
  }

  /**
   * A table row the truth quotes by one cell: the readers make a row one block, cells joined by
   * " | ", while a truth written from `<td>` paragraphs quotes the cell that cites. The row goes to
   * the first paragraph, from the cursor on, that it wholly contains (a short cell, its letters
   * and digits); other claims never do.
   */
  private cellOf(text: string, needle: string): number | undefined {
    if (!text.includes(' | ')) return undefined;
    const order = [...this.paragraphs.keys()].map((k) => (k + this.cursor) % this.paragraphs.length);
    const fine = fineKey(text);
    const found = order.find((i) => {
      const cell = this.paragraphs[i] ?? '';
      const fineCell = this.fine[i] ?? '';
      // A cell repeated in later rows ("Owczarzy et al., 2004" in four) takes one row each.
      if (this.cellsTaken.has(i) && this.repeatedAfter(i, fineCell)) return false;
      if (cell.length >= MIN_CELL_LETTERS) return needle.includes(cell);
      return (
        cell.length >= MIN_SHORT_CELL_LETTERS && fineCell.length >= MIN_CELL_FINE && fine.includes(fineCell)
      );
    });
    if (found !== undefined) this.cellsTaken.add(found);
    return found;
  }

  /** The paragraph, from the cursor on, with an undecodable byte whose ASCII letters hold the claim's. */
  private undecodedOf(text: string): number | undefined {
    const key = asciiLetters(text);
    if (key === '') return undefined;
    const order = [...this.paragraphs.keys()].map((k) => (k + this.cursor) % this.paragraphs.length);
    return order.find((i) => this.undecoded[i]?.includes(key));
  }

  /** Whether the paragraph at `i` is written again, letters, digits and signs, later on. */
  private repeatedAfter(i: number, fine: string): boolean {
    return this.fine.indexOf(fine, i + 1) >= 0;
  }

  /** In the range, the first paragraph the letters match, and the first its digits and signs match too. */
  private find(
    needle: string,
    fine: string,
    from: number,
    to: number,
    unread: boolean,
  ): { first?: number; fine?: number } {
    let first: number | undefined;
    for (let i = from; i < to; i += 1) {
      const holds = unread
        ? (this.paragraphs[i]?.indexOf(needle, this.reached.get(i) ?? 0) ?? -1) >= 0
        : this.paragraphs[i]?.includes(needle);
      if (!holds) continue;
      // A paragraph already placed, whole or by a table row quoting it, gives way to its repetition.
      const placed = this.wholeMatched.has(i) || this.cellsTaken.has(i);
      if (placed && this.fine[i] === fine && this.repeatedAfter(i, fine)) continue;
      first ??= i;
      if (this.fine[i]?.includes(fine)) return { first, fine: i };
    }
    return first === undefined ? {} : { first };
  }
}
