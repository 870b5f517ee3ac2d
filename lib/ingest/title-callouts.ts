import { parseReferenceEntry } from './reference-entry';

/**
 * Works cited by their titles in quotation marks, as a read-me or a manual points to its papers:
 * `For more details see "Bayesian Classification (AutoClass): Theory and Results" (kdd-95.ps …),
 * "Bayesian Classification Theory" (tr-fia-90-12-7-01.ps …).` against a list that quotes the same
 * titles. A quoted phrase is a callout when it is, letters and digits alike, the whole title of
 * exactly one entry, three words long at least: a shorter one ("Notes") names too many things.
 */
const QUOTED = /["“]([^"“”\n]{10,300})["”]/g;
const MIN_WORDS = 3;

const titleKey = (text: string): string =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** An entry's title: the first phrase it quotes, else what the entry parser reads as its title. */
function titlesOf(raw: string): string[] {
  const quoted = /["“]([^"“”]{10,300})["”]/.exec(raw)?.[1];
  const parsed = parseReferenceEntry(raw).title;
  return [quoted, parsed]
    .flatMap((t) => (t ? [titleKey(t)] : []))
    .filter((t) => t.split(' ').length >= MIN_WORDS);
}

export interface TitleCallout {
  start: number;
  end: number;
  number: number;
}

export function titleCalloutFinder(
  entries: readonly { number: number; raw: string }[],
): (text: string) => TitleCallout[] {
  const byTitle = new Map<string, Set<number>>();
  for (const { number, raw } of entries) {
    for (const title of titlesOf(raw)) byTitle.set(title, (byTitle.get(title) ?? new Set()).add(number));
  }
  if (byTitle.size === 0) return () => [];
  return (text) => {
    const found: TitleCallout[] = [];
    for (const m of text.matchAll(QUOTED)) {
      const numbers = byTitle.get(titleKey(m[1] as string));
      if (numbers?.size !== 1) continue;
      found.push({ start: m.index, end: m.index + m[0].length, number: [...numbers][0] as number });
    }
    return found;
  };
}
