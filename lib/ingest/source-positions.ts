/**
 * Where claims and reference entries sit in a text source, for annotations on the file's lines
 * (SARIF, GitHub workflow commands). A block knows the line it starts on; its text has been joined
 * onto one line and stripped of markup, so offsets into it are not offsets into the file. A
 * sentence is found instead by its first words, in order, from where the previous one was found:
 * markup between the words ("**", "[", a line break) does not matter, only the words.
 */

export interface SourcePosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (SARIF's default columnKind). */
  column: number;
}

/** The lines of a text source, numbered as every text reader numbers them (CR, LF or CRLF). */
export function sourceLinesOf(text: string): string[] {
  return text.split(/\r\n?|\n/);
}

const WORD = /[\p{L}\p{N}]+/gu;
/** A fresh WORD with its own lastIndex, for scans that start mid-line. */
const wordPattern = () => /[\p{L}\p{N}]+/gu;
/** Three words tell one sentence's start from another's; fewer where markup splits a word. */
const ANCHOR_WORDS = 3;
/** How far past the previous sentence a search looks: it keeps hostile text linear. */
const SEARCH_WORDS = 2000;

interface Word {
  /** As written: compared lowercased. */
  text: string;
  line: number; // 0-based
  start: number; // 0-based
  end: number;
}

/** The scan of the source's lines: one at a time, so one expression serves them all. */
const SCAN = /[\p{L}\p{N}]+/gu;

/** The index of the first word starting at or after `column`: a search, since a line may hold a whole 4 MB paragraph. */
function firstAtOrAfter(words: readonly Word[], column: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid] as Word).start < column) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A line's words, as SCAN finds them. */
function wordsOfLine(text: string, line: number): Word[] {
  const words: Word[] = [];
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    words.push({ text: m[0], line, start: m.index, end: m.index + m[0].length });
  }
  return words;
}

/** The first n words, lowercased, without reading the rest of a long text. */
function firstWords(text: string, n: number): string[] {
  const words: string[] = [];
  const re = wordPattern();
  for (let m = re.exec(text); m && words.length < n; m = re.exec(text)) words.push(m[0].toLowerCase());
  return words;
}

const sameWord = (written: string, lower: string) =>
  written.length === lower.length && written.toLowerCase() === lower;

export interface SentenceLocator {
  /** Starts on a block at its 1-based `line`; `until` is the line the next block starts on. */
  block(line: number, until: number): void;
  /** The next sentence of the block, or undefined when its words are not found. */
  sentence(text: string): SourcePosition | undefined;
  /**
   * The next place after the cursor, in any line, where a text's first words follow one another:
   * for a source whose blocks know no lines of their own (an HTML tree), to give them theirs.
   */
  next(text: string): SourcePosition | undefined;
  /** The column where a reference entry starts on its own line (1 when it cannot be found). */
  entryColumn(line: number, raw: string): number;
}

export function sentenceLocator(lines: readonly string[]): SentenceLocator {
  let cursor = { line: 0, column: 0 };
  let limit = 0;
  // Each line is scanned once: a sentence not found reads up to SEARCH_WORDS words, and a page of
  // thousands of short blocks (a manual's index) would otherwise scan the same lines again for each.
  const scanned: (Word[] | undefined)[] = new Array(lines.length);
  const wordsOn = (line: number): Word[] => {
    let words = scanned[line];
    if (words === undefined) {
      words = wordsOfLine(lines[line] ?? '', line);
      scanned[line] = words;
    }
    return words;
  };

  /**
   * The first place from the cursor where the words follow one another. Words are compared before
   * they are lowercased, by length first: an HTML source's lines are mostly tags, and most of
   * their words are not the one sought.
   */
  function find(words: readonly string[]): Word[] | undefined {
    const window: Word[] = [];
    let seen = 0;
    for (let line = cursor.line; line < limit; line++) {
      const onLine = wordsOn(line);
      const first = line === cursor.line ? firstAtOrAfter(onLine, cursor.column) : 0;
      for (let w = first; w < onLine.length; w++) {
        const word = onLine[w] as Word;
        if (++seen > SEARCH_WORDS) return undefined;
        window.push(word);
        if (window.length > words.length) window.shift();
        if (window.length === words.length && window.every((w, i) => sameWord(w.text, words[i] as string))) {
          return window;
        }
      }
    }
    return undefined;
  }

  function moveTo(found: Word[] | undefined): SourcePosition | undefined {
    const first = found?.[0];
    const last = found?.[found.length - 1];
    if (!first || !last) return undefined;
    cursor = { line: last.line, column: last.end };
    return { line: first.line + 1, column: first.start + 1 };
  }

  return {
    block(line, until) {
      cursor = { line: line - 1, column: 0 };
      limit = Math.min(Math.max(until - 1, line), lines.length);
    },
    sentence(text) {
      const words = firstWords(text, ANCHOR_WORDS);
      if (words.length === 0) return undefined;
      // A link's target or an entity can sit between the first words: then the first word alone.
      return moveTo(find(words) ?? (words.length > 1 ? find(words.slice(0, 1)) : undefined));
    },
    next(text) {
      const words = firstWords(text, ANCHOR_WORDS);
      if (words.length === 0) return undefined;
      limit = lines.length;
      // All the first words or nothing: one common word alone could carry the cursor past the
      // blocks that follow, and lose them all.
      return moveTo(find(words));
    },
    entryColumn(line, raw) {
      // Where the entry starts: its first word's place on the line, less that word's place in it.
      const first = wordPattern().exec(raw);
      if (!first) return 1;
      const word = first[0].toLowerCase();
      for (const m of (lines[line - 1] ?? '').matchAll(WORD)) {
        if (m[0].toLowerCase() === word) return Math.max(1, m.index - first.index + 1);
      }
      return 1;
    },
  };
}
