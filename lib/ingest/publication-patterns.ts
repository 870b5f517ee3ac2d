import { forwardFinder, isWhitespace, skipSpaces } from '@/lib/text/scan';

/*
 * The three shapes of a reference entry's tail, each read the way one regular expression read it
 * (quoted above each function) but without its backtracking: the expressions took a lazy group
 * and, for every candidate end, scanned to the next ")" — quadratic on "a, 1(a, 1(a, 1(...".
 * Here every candidate is checked with a short sticky expression, and every "next )" comes from a
 * forwardFinder, so a tail is read a bounded number of times.
 *
 * The input is what parsePublication passes: one line, whitespace folded to single spaces, trimmed.
 * On that domain each function returns exactly the groups the expression captured.
 */

// Article numbers count as pages: "e1000316", "CD010912", "bcr2018225007".
// A supplement's pages may end in a letter: "1580S–1584S", "90S–7S".
const PAGES = String.raw`[A-Za-z]{0,4}\d+[A-Za-z]?(?:\s*[-–—]\s*[A-Za-z]{0,4}\d+[A-Za-z]?)?`;

export interface JournalMatch {
  container: string;
  volume: string;
  issue: string | undefined;
  pages: string | undefined;
}

const APA_VOLUME = /,\s*(?:vol\.\s*)?(\d+[A-Za-z]?)\s*/iy;
const APA_END = new RegExp(String.raw`\s*(?:,\s*(?:pp?\.\s*)?(${PAGES})\s*)?\.?$`, 'iy');
const VANCOUVER_VOLUME = /\s*(\d+)\s*/y;
/** "2005;(1):CD001497": an issue with no volume before it. */
const VANCOUVER_ISSUE_ONLY = /\s*()(?=\()/y;
const VANCOUVER_END = new RegExp(String.raw`\s*(?::\s*(${PAGES}))?\.?$`, 'y');

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * Volume, optional "(issue)" and the end at `at`: the shared tail of both journal shapes.
 * `close` answers "the next )" for non-decreasing positions.
 */
function volumeToEnd(
  text: string,
  at: number,
  head: RegExp,
  end: RegExp,
  close: (from: number) => number,
): Omit<JournalMatch, 'container'> | null {
  const volume = sticky(head, text, at);
  if (!volume) return null;
  const q = head.lastIndex;
  if (text[q] === '(') {
    const k = close(q + 1);
    const tail = k > q + 1 ? sticky(end, text, k + 1) : null;
    if (tail) return { volume: volume[1] as string, issue: text.slice(q + 1, k), pages: tail[1] };
  }
  // A supplement or part printed without brackets: "23 Suppl 1:S208–19", "185 Pt 2: 3-4".
  const part = isWhitespace(text[q - 1]) ? sticky(PART, text, q) : null;
  if (part) {
    const tail = sticky(end, text, PART.lastIndex);
    if (tail) return { volume: volume[1] as string, issue: part[1], pages: tail[1] };
  }
  const tail = sticky(end, text, q);
  return tail ? { volume: volume[1] as string, issue: undefined, pages: tail[1] } : null;
}

const PART = /((?:Suppl|Pt)\.?(?:\s?\d+)?)\s*/y;

/** `^(.+?),\s*(?:vol\.\s*)?(\d+[A-Za-z]?)\s*(?:\(([^)]+)\))?\s*(?:,\s*(?:pp?\.\s*)?(PAGES))?\s*\.?$` (i) */
export function apaJournal(text: string): JournalMatch | null {
  const close = forwardFinder(text, (c) => c === ')');
  for (let c = text.indexOf(',', 1); c >= 0; c = text.indexOf(',', c + 1)) {
    const rest = volumeToEnd(text, c, APA_VOLUME, APA_END, close);
    if (rest) return { container: text.slice(0, c), ...rest };
  }
  return null;
}

/** `^(.+?)\.?\s*(?:\d{4}[^;]*)?;\s*(\d+)\s*(?:\(([^)]+)\))?\s*(?::\s*(PAGES))?\.?$` */
export function vancouverJournal(text: string): JournalMatch | null {
  const close = forwardFinder(text, (c) => c === ')');
  let previous = -1;
  for (let sc = text.indexOf(';'); sc >= 0; previous = sc, sc = text.indexOf(';', sc + 1)) {
    const rest =
      volumeToEnd(text, sc + 1, VANCOUVER_VOLUME, VANCOUVER_END, close) ??
      volumeToEnd(text, sc + 1, VANCOUVER_ISSUE_ONLY, VANCOUVER_END, close);
    if (!rest) continue;
    // The container ends at the first g from which `\.?\s*(?:\d{4}[^;]*)?` reaches this ";".
    for (let g = Math.max(1, previous + 1); g <= sc; g++) {
      const p = skipSpaces(text, text[g] === '.' ? g + 1 : g);
      if (p === sc || (p + 4 <= sc && /^\d{4}$/.test(text.slice(p, p + 4)))) {
        return { container: text.slice(0, g), ...rest };
      }
    }
  }
  return null;
}

const COLON_VOLUME = /(\d+[A-Za-z]?)\s*/y;
/** The pages after the volume: after a colon, or after a space alone ("Nature 518 355–359"). */
const COLON_END = new RegExp(String.raw`(?:\s*:\s*|(?<=\s))(${PAGES})\.?$`, 'y');
/** "Proc ACL: 45–48": a proceedings or journal printed with pages and no volume. */
const COLON_PAGES_ONLY = new RegExp(String.raw`^(.+?[^\d\s]):\s*(${PAGES})\.?$`);

/**
 * `^(.+?)\.?\s+(\d+[A-Za-z]?)\s*(?:\(([^)]+)\))?\s*:\s*(PAGES)\.?$`: the journal, volume and pages
 * with nothing between but spaces and a colon, "Nature 392: 245–252" or "Cell 147(5):992–1009",
 * as PLOS and other Vancouver-like lists print them after a year given up front, the colon
 * sometimes left out ("Nature 518 355–359") or the volume ("Proc ACL: 45–48"). Tried at every
 * space, as the lazy group would be.
 */
export function colonJournal(text: string): JournalMatch | null {
  const close = forwardFinder(text, (c) => c === ')');
  for (let sp = text.indexOf(' ', 1); sp >= 0; sp = text.indexOf(' ', sp + 1)) {
    const at = skipSpaces(text, sp);
    if (!/\d/.test(text[at] ?? '')) continue;
    const rest = volumeToEnd(text, at, COLON_VOLUME, COLON_END, close);
    if (!rest?.pages) continue;
    const container = text.slice(0, sp).replace(/\.$/, '');
    return container === '' ? null : { container, ...rest };
  }
  const noVolume = COLON_PAGES_ONLY.exec(text);
  return noVolume
    ? { container: noVolume[1] as string, volume: '', issue: undefined, pages: noVolume[2] }
    : null;
}

export interface ChapterMatch {
  book: string;
  pages: string | undefined;
  rest: string;
}

const IN = /In:?\s+/iy;
const EDITORS = /\((?:Eds?|Hrsg)\.?\)/gi;
const PAGE_PREFIX = /^pp?\.\s*/i;

/** `\((?:pp?\.\s*)?([^)]+)\)` on the text between the brackets: what the group captured. */
function pagesGroup(inner: string): string {
  const prefix = PAGE_PREFIX.exec(inner)?.[0] ?? '';
  if (prefix.length < inner.length) return inner.slice(prefix.length);
  // "(pp. )": the group needs a character, so the spaces give back their last one.
  return /\s$/.test(prefix) ? inner.slice(-1) : inner;
}

/**
 * `^In:?\s+(?:(.+?)\s*\((?:Eds?|Hrsg)\.?\),?\s*)?(.+?)\s*(?:\((?:pp?\.\s*)?([^)]+)\))?\.\s*(.*)$` (i):
 * the book's title, the chapter's pages and what follows the full stop (place and publisher).
 */
export function chapter(text: string): ChapterMatch | null {
  const head = sticky(IN, text, 0);
  if (!head) return null;
  const p0 = IN.lastIndex;
  const nonSpace = (from: number) => {
    const at = skipSpaces(text, from);
    return at < text.length ? at : -1;
  };

  /** Where the book's title may end at non-space `f`: a full stop, or "(pages)" then one. */
  const stopAt = (f: number, close: (from: number) => number): { dot: number; inner?: string } | null => {
    if (text[f] === '.') return { dot: f };
    if (text[f] !== '(') return null;
    const k = close(f + 1);
    return k > f + 1 && text[k + 1] === '.' ? { dot: k + 1, inner: text.slice(f + 1, k) } : null;
  };
  /** The first e >= from where the title may end (spaces before the stop included), for rising `from`. */
  const titleEndFinder = () => {
    const close = forwardFinder(text, (c) => c === ')');
    const stop = forwardFinder(text, (_c, f) => stopAt(f, close) !== null);
    const check = forwardFinder(text, (c) => c === ')');
    return (from: number) => {
      const f = nonSpace(from);
      if (f >= 0 && stopAt(f, check)) return { e: from, f };
      const x = f < 0 ? -1 : stop(f + 1);
      if (x < 0) return null;
      let e = x;
      while (e - 1 > f && isWhitespace(text[e - 1])) e--;
      return { e, f: x };
    };
  };
  const result = (start: number, e: number, f: number): ChapterMatch => {
    const stop = stopAt(
      f,
      forwardFinder(text, (c) => c === ')'),
    ) as { dot: number; inner?: string };
    const after = nonSpace(stop.dot + 1);
    return {
      book: text.slice(start, e),
      pages: stop.inner === undefined ? undefined : pagesGroup(stop.inner),
      rest: after < 0 ? '' : text.slice(after),
    };
  };

  // Editors first, as the greedy "?" tries them: the earliest "(Eds.)" that leads to a full stop.
  const afterEditors = titleEndFinder();
  EDITORS.lastIndex = p0;
  for (let m = EDITORS.exec(text); m; m = EDITORS.exec(text)) {
    if (m.index < p0 + 1) continue;
    const a = m.index + m[0].length;
    const b = text[a] === ',' ? a + 1 : a;
    const pmax = Math.max(b, nonSpace(b) < 0 ? text.length : nonSpace(b));
    const end = afterEditors(pmax + 1);
    if (end) return result(pmax, end.e, end.f);
    // Backtracking the spaces (then the comma) lets a one-character title end right at pmax.
    if (
      pmax < text.length &&
      stopAt(
        pmax,
        forwardFinder(text, (c) => c === ')'),
      )
    ) {
      if (pmax > b) return result(pmax - 1, pmax, pmax);
      if (b > a) return result(a, pmax, pmax);
    }
  }
  const end = titleEndFinder()(p0 + 1);
  return end ? result(p0, end.e, end.f) : null;
}
