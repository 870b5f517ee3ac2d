/**
 * Whether a text is too dense in Markdown markup for the Markdown parser to read it safely.
 * micromark resolves emphasis and brackets per paragraph in time that grows with the square of
 * their number (60 KB of "*a " took 2.4 s; 40,000 "*" in a row overflowed the stack after three
 * minutes) and nests block quotes and lists recursively (5,000 "> " took 4.8 s). No article writes
 * a thousand such marks in one paragraph or nests 40 deep, so a text that does is read line by line
 * by the plain-text reader instead, whose scanners are linear (docs/decisions/011-linear-parsing.md).
 */
const MAX_MARKS_PER_PARAGRAPH = 1000;
const MAX_LINE_PREFIX = 40;

const isMark = (code: number) =>
  code === 0x2a /* * */ ||
  code === 0x5f /* _ */ ||
  code === 0x5b /* [ */ ||
  code === 0x5d /* ] */ ||
  code === 0x60; /* ` */

const isBlank = (code: number) => code === 0x20 || code === 0x09;

/**
 * Whether the character at `i` opens or indents a nested block at the start of a line: "> ", a
 * list marker "- ", "* ", "+ " (followed by a space), spaces. A run of "-" or "*" with no space
 * is a rule (a Pandoc table's border, a thematic break), which nests nothing.
 */
function isPrefix(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (isBlank(code) || code === 0x3e) return true;
  const marker = code === 0x2d || code === 0x2a || code === 0x2b;
  return marker && isBlank(text.charCodeAt(i + 1));
}

export function isTooDenseForMarkdown(text: string): boolean {
  let marks = 0;
  let lineStart = true;
  let prefix = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      if (blank) marks = 0; // a blank line ends the paragraph
      lineStart = true;
      prefix = 0;
      blank = true;
      continue;
    }
    if (lineStart && isPrefix(text, i)) {
      if (++prefix > MAX_LINE_PREFIX) return true;
    } else lineStart = false;
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) blank = false;
    if (isMark(code) && ++marks > MAX_MARKS_PER_PARAGRAPH) return true;
  }
  return false;
}
