import { forwardFinder, isLineTerminator, isWhitespace } from '@/lib/text/scan';

/*
 * Markdown inline noise that is not part of what the sentence says: images (keep the alt text),
 * links (keep the text, but not "[1](#ref1)", which is a marker), bold and code marks. Each pass is
 * the scanner form of a regular expression that backtracked on runs of "[", "(" or "**": the
 * expression is given above each one, and the scanner returns exactly what its `replace` did.
 * Every "where is the next ]" is asked of a forwardFinder, so a run of openers without closers
 * costs one read of the text, not one per opener.
 */

/**
 * `opener` + text + "](" + anything + ")" replaced by the text, when `accept` agrees: the shape of
 * a Markdown image ("![alt](src)") and of a link ("[text](url)").
 */
function stripBracketed(text: string, opener: string, accept: (from: number, to: number) => boolean): string {
  const close = forwardFinder(text, (c) => c === ']');
  const paren = forwardFinder(text, (c) => c === ')');
  const parts: string[] = [];
  let last = 0;
  let from = 0;
  for (let i = text.indexOf(opener, from); i >= 0; i = text.indexOf(opener, from)) {
    const start = i + opener.length;
    const j = close(start);
    if (j < 0) break; // no "]" left: no later opener can close either
    const k = accept(start, j) && text[j + 1] === '(' ? paren(j + 2) : -2;
    if (k === -1) break;
    if (k < 0) {
      from = i + 1;
      continue;
    }
    parts.push(text.slice(last, i), text.slice(start, j));
    last = k + 1;
    from = k + 1;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** `text.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')` */
const stripImages = (text: string) => stripBracketed(text, '![', () => true);

/** Characters a marker's brackets may hold: "[1](#ref1)" is a cited number, not a link. */
const isMarkerChar = (c: string) =>
  c === ']' || c === '^' || c === ',' || '–—-'.includes(c) || /[\d\s]/.test(c);

/** `text.replace(/\[([^\]]*[^\]\d^,\s–—-][^\]]*)\]\([^)]*\)/g, '$1')` */
function stripLinks(text: string): string {
  const word = forwardFinder(text, (c) => !isMarkerChar(c));
  return stripBracketed(text, '[', (from, to) => {
    const w = word(from);
    return w >= 0 && w < to;
  });
}

/**
 * Where `delimiter` can close a bold run: two marks after a non-space character that is no mark
 * itself, so a run that follows a space ("*p<.05, **p<.01, ***p<.001") closes nothing.
 */
function closerFinder(text: string, mark: string) {
  return forwardFinder(
    text,
    (c, i) => c === mark && text[i + 1] === mark && !isWhitespace(text[i - 1]) && text[i - 1] !== mark,
  );
}

/** `text.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')` */
function stripBold(text: string): string {
  const closers: Record<string, (from: number) => number> = {
    '*': closerFinder(text, '*'),
    _: closerFinder(text, '_'),
  };
  const terminator = forwardFinder(text, isLineTerminator);
  const parts: string[] = [];
  let last = 0;
  let i = 0;
  while (i < text.length - 2) {
    const mark = text[i] as string;
    const closer = closers[mark];
    if (closer && text[i + 1] === mark && !isWhitespace(text[i + 2])) {
      // The shortest run: the first closer after at least one character, on the same line.
      const e = closer(i + 3);
      const t = terminator(i + 2);
      if (e >= 0 && (t < 0 || t >= e)) {
        parts.push(text.slice(last, i), text.slice(i + 2, e));
        last = e + 2;
        i = e + 2;
        continue;
      }
    }
    i++;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** Markdown inline noise that is not part of what the sentence says. */
export function stripInlineMarkdown(text: string): string {
  return stripBold(stripLinks(stripImages(text))).replace(/`([^`]+)`/g, '$1');
}
