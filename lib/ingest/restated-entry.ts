import type { CalloutItem } from './author-date/callout-items';
import { candidates, type EntryKey } from './author-date/entry-keys';

/**
 * A listed work written out whole in the body, with another year: a reading list at the top of
 * a page ("The methodology is based on the paper: Smith, J., Lee, K. (2020). Implicitly adaptive
 * importance sampling. arXiv …") gives the preprint's year where the list gives the year of
 * publication. A callout that matches no entry by its names and year cites the entry by the same
 * authors whose title the text right after it writes; a name and year alone stays a work not
 * listed, as a misremembered year gives no other sign of the work meant.
 */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The title written right after a callout: up to its first full stop, question mark or closing quote. */
function titleAfter(after: string): string {
  const text = after.slice(0, 400).replace(/^[\s.,:;"“”'‘’()—–-]+/, '');
  const end = /[.?!](?:\s|$)|["”]/.exec(text);
  return letters(end ? text.slice(0, end.index) : '');
}

/** A title this short ("Notes", "Data") names too many works to say which one is meant. */
const MIN_TITLE_LETTERS = 15;

export function restatedEntry(
  item: CalloutItem,
  after: string,
  keys: readonly EntryKey[],
  raws: ReadonlyMap<number, string>,
): number[] {
  const title = titleAfter(after);
  if (title.length < MIN_TITLE_LETTERS) return [];
  return keys
    .filter((k) => candidates({ ...item, year: k.year, suffix: k.suffix }, [k]).length > 0)
    .filter((k) => {
      const raw = raws.get(k.number) ?? '';
      const year = raw.indexOf(k.year);
      return (
        year >= 0 && letters(raw.slice(year + k.year.length + k.suffix.length, year + 2000)).startsWith(title)
      );
    })
    .map((k) => k.number);
}
