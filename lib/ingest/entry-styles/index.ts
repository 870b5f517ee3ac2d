import { readChicago } from './chicago';
import { readCommaYear } from './comma-year';
import type { StyledEntry, TitleSplitter } from './common';
import { readIeee } from './ieee';
import { readMla } from './mla';

export type { StyledEntry } from './common';

/**
 * A Chicago author–date, IEEE, MLA or comma-year (AGU's older style) entry read by its shape, or null for the rest (Vancouver,
 * anything unknown), which parseReferenceEntry reads as before. `text` is the entry on one line
 * without its DOI and URL; the caller has already set APA's "(2009)." entries aside.
 */
export function readStyledEntry(text: string, splitTitle: TitleSplitter): StyledEntry | null {
  return (
    readChicago(text, splitTitle) ??
    readIeee(text, splitTitle) ??
    readMla(text, splitTitle) ??
    readCommaYear(text)
  );
}
