import { isWhitespace, trimEndOf } from '@/lib/text/scan';

/**
 * Index notes that bibliographic databases print after an entry and that describe no field: a
 * PubMed id, bare ("… 2014;133(5):587–97. 24253421.") or labelled ("PubMed: 15759000.", "PMID:
 * 1234"), a PubMed Central id, an "Epub 2012/01/18." date, a publisher item id "… [pii]". Each
 * pattern is one anchored segment, so reading them is linear.
 */
const NOTES = [
  /^\d{6,9}$/,
  /^(?:PubMed|PMID):?\s?\d+$/i,
  /^(?:PubMed Central )?PMCID:?\s?PMC\w+$/i,
  /^Epub(?: ahead of print)?(?:\s[\d/-]+)?$/i,
  /^\S+\s\[pii\]$/i,
  /^PMC\d+$/,
  /^\d{4}-\d{5}-\d{3}$/, // a PsycINFO accession number
];

/** The same notes when only a space parts them from the last field: "… [pii] 21122102". */
const SPACED_NOTES = [/^\d{7,9}$/, /^\[pii\]$/i];

const isClosing = (c: string) => isWhitespace(c) || c === '.' || c === ';' || c === ',';

/** The entry without the notes it ends with; the text is left as it is when it ends with none. */
export function withoutTrailingNotes(text: string): string {
  let rest = trimEndOf(text, isClosing);
  for (;;) {
    const cut = Math.max(rest.lastIndexOf('. '), rest.lastIndexOf('; '));
    const last = rest.slice(cut < 0 ? 0 : cut + 2).trim();
    const space = rest.lastIndexOf(' ');
    if (cut >= 0 && NOTES.some((n) => n.test(last))) rest = trimEndOf(rest.slice(0, cut), isClosing);
    else if (space > 0 && SPACED_NOTES.some((n) => n.test(rest.slice(space + 1))))
      rest = trimEndOf(rest.slice(0, space), isClosing);
    else break;
  }
  return rest === trimEndOf(text, isClosing) ? text : `${rest}.`;
}
