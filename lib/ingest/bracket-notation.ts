/**
 * Square brackets that are mathematics, not citations: "Ω = [0, 1]²", "ψ ∈ [0, 1]", "over the
 * time interval [140, 160]". Read as markers they cite references 0, 1, 140 and 160, which no
 * writer meant. Three signs tell notation apart, each true of intervals in general:
 * - a 0: reference lists are numbered from 1, so "[0, 1]" or "[0–5]" is a range of values (but
 *   "[0]" set apart is the first entry of a list labelled from [0], `fromZero`: zero-based-list.ts);
 * - a relation or operator right before the bracket ("=", "∈", "≤", "×"): a value is being given;
 * - an interval word right before a pair ("interval [a, b]", "range [a, b]");
 * - an identifier of code written against it ("simo_x1[2]", "$df[1]"): an index, not a source.
 *   A plain word against its bracket ("memory[1]") is still a citation;
 * - a TeX command written against it ("$\sqrt[4]{x}$", "\\[2pt]"): its optional argument;
 * - an AsciiDoc macro written against it ("linkgit:gitformat-pack[5]"): a manual page's section;
 * - a type of C and its kin written against it ("char[5]: 'BBCD\0'", "uint8[32]", "opaque[3]"),
 *   or before the name written against it ("uint8_t sig[12];", "char v2sig[12] = …"): an array's
 *   length, as a specification or sample code declares a field;
 * - an operator of code right after it ("end[1] != '\n'", "x[2] = 0", "p[1]->next"):
 *   an index in an expression.
 */
const RELATIONS = new Set('=≈≃≅≠<>≤≥≦≧∈∊∉⊂⊆⊃⊇×±∓·'.split(''));
const INTERVAL_WORD = /(?:^|[^\p{L}])(?:interval|intervals|range|ranges|domain|window)\s*$/iu;
const PAIR = /^\[\s*\d{1,4}\s*,\s*\d{1,4}\s*\]$/;
const IDENTIFIER = /^[\p{L}\p{N}_$]+$/u;
const ZERO = /(?:^|[^\d])0+(?!\d)/;
/** An AsciiDoc macro written against its bracket, "linkgit:gitformat-pack[5]" (a manual page's section), "image:a.png[…]". */
const MACRO = /^[a-z]{2,20}:[^\s:[\]]+$/;
/** A type that declares an array: C's, Java's, Rust's and Go's, and TLS's "opaque"; not "long" or "short", words of prose ("for so long[4]"). */
const ARRAY_TYPE =
  /^(?:char|wchar|float|double|byte|ubyte|bool|boolean|octet|opaque|u?int(?:8|16|32|64)?|[uif](?:8|16|32|64|128))$/;
/**
 * An operator of code right after the bracket: a comparison, an assignment, a pointer's member.
 * Not a full stop before a letter: "carcinoma[5,6].Recent" is a sentence whose space was lost.
 */
const CODE_AFTER = /^(?:\s?(?:[=!<>]=|[+\-*/]=|=(?!=))|->)/;
/** A type before an array's name that is no English word: C's "char", a typedef's "uint8_t", a struct's. */
const CODE_TYPE_BEFORE =
  /(?:^|[\s(;{,])(?:char|wchar|bool|int|u?int(?:8|16|32|64)|[A-Za-z]\w*_t|struct\s+\w+)\s+$/;
/** Types that are English words too ("300 kb long respectively[85–87]", "the double helix[3]"). */
const WORD_TYPE_BEFORE = /(?:^|[\s(;{,])(?:float|double|byte|long|short|signed|unsigned)\s+$/;

/**
 * Whether the text before an array's name ends with its type ("  uint8_t ", "const char "); after
 * a type that is also an English word, only when a semicolon or an initialiser follows the bracket.
 */
function declaresArray(beforeName: string, after: string): boolean {
  const tail = beforeName.slice(-40);
  return CODE_TYPE_BEFORE.test(tail) || (WORD_TYPE_BEFORE.test(tail) && /^\s?[;=]/.test(after));
}

/** "\sqrt", "$\sqrt", "\\": a TeX command ending right where the bracket opens. */
const TEX_COMMAND = /\\(?:[A-Za-z]{1,30}|\\)$/;

/** Whether the bracket group text.slice(start, end) is notation rather than a citation marker. */
export function isBracketNotation(text: string, start: number, end: number, fromZero = false): boolean {
  const raw = text.slice(start, end);
  // Against a list labelled from [0], "ScrambleSuit [0]" set apart is its first entry; "IV[0] =",
  // "[0,8096]" stay notation.
  const firstOfZeroBased = fromZero && raw === '[0]' && /\s/.test(text[start - 1] ?? ' ');
  if (!firstOfZeroBased && ZERO.test(raw.replace(/[[\]^]/g, ' '))) return true;
  const before = text.slice(Math.max(0, start - 40), start);
  const trimmed = before.trimEnd();
  const previous = trimmed[trimmed.length - 1];
  if (previous !== undefined && RELATIONS.has(previous)) return true;
  const token = before.slice(before.lastIndexOf(' ') + 1);
  if (/[_$]/.test(token) && IDENTIFIER.test(token)) return true;
  if (MACRO.test(token) || ARRAY_TYPE.test(token)) return true;
  // Only against a name: "as shown in [2].The" (a space lost) stays a citation.
  if (token !== '' && IDENTIFIER.test(token)) {
    if (CODE_AFTER.test(text.slice(end, end + 4))) return true;
    if (declaresArray(before.slice(0, before.length - token.length), text.slice(end, end + 3))) return true;
  }
  if (TEX_COMMAND.test(token)) return true;
  return PAIR.test(raw) && INTERVAL_WORD.test(trimmed);
}
