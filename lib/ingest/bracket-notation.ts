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
 * - a type of C and its kin written against it ("char[5]: 'BBCD\0'", "uint8[32]", "opaque[3]"):
 *   an array's length, as a specification declares a field.
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
  if (TEX_COMMAND.test(token)) return true;
  return PAIR.test(raw) && INTERVAL_WORD.test(trimmed);
}
