import { entryText } from './reference-entry';
import { YEAR } from './year-pattern';

/**
 * Listed works written out whole in the body: a README that follows each section with
 * "**Reference:** Graf, Thomas Mueller, and Daniel Lemire. "Xor filters: …" (2020)" and lists the
 * same works again under "References", in another style or order. No callout form names them:
 * the byline may be given-name first ("Philippe Flajolet, … and Frédéric Meunier (2007)") or come
 * before a title and a venue ("in Compression and Complexity of Sequences: Proceedings (1997)").
 * What names them is the entry's own words: runs of them written in the same order, one of at
 * least LONGEST_RUN words, together at least half the entry's words, with its year in the block.
 * A sentence that only names what a title is about ("the Family Smoking Prevention and Tobacco
 * Control Act of 2009 granted …", against "Lee JG, … Neighborhood Inequalities in Retailers'
 * Compliance With the Family Smoking Prevention and Tobacco Control Act of 2009 …") shares one
 * run, far from half the entry.
 */
const SHINGLE = 4;
const LONGEST_RUN = 6;
const SHARE = 0.5;

const WORD = /[\p{L}\p{N}]+/gu;
const ONE_YEAR = new RegExp(String.raw`(?<![\p{L}\p{N}])${YEAR}(?![\p{N}])`, 'u');
const YEARS = new RegExp(String.raw`(?<![\p{L}\p{N}])${YEAR}(?![\p{N}])`, 'gu');
/** Link targets are addresses, not words of the work: "[Bloom filter](http://…): Bloom, B. H." */
function withoutAddresses(text: string): string {
  return text
    .split(/\s+/)
    .map((chunk) => {
      const target = chunk.indexOf('](');
      const kept = target >= 0 ? chunk.slice(0, target) : chunk;
      return kept.includes('://') ? '' : kept;
    })
    .join(' ');
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const wordsOf = (text: string): Word[] =>
  [...text.matchAll(WORD)].map((m) => ({
    text: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));

export interface WrittenOutWork {
  number: number;
  /** From the first to the last word the text shares with the entry. */
  start: number;
  end: number;
  /** The entry's year as the text writes it, nearest those words: where the callout is placed. */
  year: { start: number; end: number };
}

/** What a text shares with one entry: runs of its words, as word indexes (inclusive). */
interface Shared {
  number: number;
  runs: Run[];
}

interface Run {
  first: number;
  last: number;
}

/** From the first word of the first run to the last word of the last. */
const spanOf = (s: Shared): Run => ({ first: (s.runs[0] as Run).first, last: (s.runs.at(-1) as Run).last });

interface Entry {
  year: string;
  words: number;
}

/**
 * The entries' shingles of SHINGLE words, keyed by word ids, two words to a number (a list has
 * far fewer than 2^20 distinct words), so that a body's words are looked up without building
 * strings: a 1 MB article runs every block through it.
 */
class ShingleIndex {
  private readonly vocabulary = new Map<string, number>();
  private readonly shingles = new Map<number, Map<number, number[]>>();

  add(number: number, words: readonly string[]): void {
    const ids = words.map((w) => {
      const id = this.vocabulary.get(w) ?? this.vocabulary.size;
      this.vocabulary.set(w, id);
      return id;
    });
    for (let i = 0; i + SHINGLE <= ids.length; i++) {
      const head = pair(ids, i);
      const tails = this.shingles.get(head) ?? new Map<number, number[]>();
      this.shingles.set(head, tails);
      const numbers = tails.get(pair(ids, i + 2)) ?? [];
      tails.set(pair(ids, i + 2), numbers);
      if (!numbers.includes(number)) numbers.push(number);
    }
  }

  /** Per entry, the runs of consecutive shingles the words share with it. */
  shared(words: readonly Word[]): Shared[] {
    const ids = words.map((w) => this.vocabulary.get(w.text) ?? -1);
    const shared = new Map<number, Shared>();
    for (let i = 0; i + SHINGLE <= ids.length; i++) {
      if (ids[i + 3] === -1) i += 3;
      else if (ids[i + 2] === -1) i += 2;
      else if (ids[i + 1] === -1) i += 1;
      if (ids[i] === -1 || i + SHINGLE > ids.length) continue;
      for (const number of this.shingles.get(pair(ids, i))?.get(pair(ids, i + 2)) ?? []) {
        const entry = shared.get(number) ?? { number, runs: [] };
        shared.set(number, entry);
        const last = entry.runs[entry.runs.length - 1];
        if (last && last.last >= i + SHINGLE - 2) last.last = i + SHINGLE - 1;
        else entry.runs.push({ first: i, last: i + SHINGLE - 1 });
      }
    }
    return [...shared.values()];
  }
}

const pair = (ids: readonly number[], at: number) => (ids[at] as number) * 2 ** 20 + (ids[at + 1] as number);

/** One finder per list: each reader and the outline ask for it, and a list is indexed once. */
const finders = new WeakMap<readonly object[], (text: string) => WrittenOutWork[]>();

export function writtenOutWorkFinder(
  entries: readonly { number: number; raw: string }[],
): (text: string) => WrittenOutWork[] {
  const known = finders.get(entries);
  if (known) return known;
  // Only an entry whose year the block writes can be written out in it, so the entries are
  // indexed by year, each year's when a block first writes it: a numeric article's prose, which
  // seldom writes years, indexes few of its entries.
  const byYear = new Map<string, { number: number; text: string }[]>();
  for (const { number, raw } of entries) {
    const text = withoutAddresses(entryText(raw));
    const year = ONE_YEAR.exec(text)?.[0];
    if (!year) continue;
    const list = byYear.get(year) ?? [];
    byYear.set(year, list);
    list.push({ number, text });
  }
  const listed = new Map<number, Entry>();
  const indexes = new Map<string, ShingleIndex>();
  const indexOf = (year: string) => {
    let index = indexes.get(year);
    if (!index) {
      index = new ShingleIndex();
      for (const { number, text } of byYear.get(year) ?? []) {
        const words = wordsOf(text).map((w) => w.text);
        if (words.length < LONGEST_RUN) continue;
        listed.set(number, { year, words: words.length });
        index.add(number, words);
      }
      indexes.set(year, index);
    }
    return index;
  };
  const find = (text: string): WrittenOutWork[] => {
    const years = new Set([...text.matchAll(YEARS)].map((m) => m[0]).filter((y) => byYear.has(y)));
    if (years.size === 0) return [];
    const words = wordsOf(text);
    const shared = [...years].flatMap((year) => indexOf(year).shared(words));
    const found: WrittenOutWork[] = [];
    for (const work of chooseWorks(shared, listed)) {
      const { first, last } = spanOf(work);
      const start = (words[first] as Word).start;
      const end = (words[last] as Word).end;
      const year = nearestYear(text, (listed.get(work.number) as Entry).year, start, end);
      if (year) found.push({ number: work.number, start, end, year });
    }
    return found;
  };
  finders.set(entries, find);
  return find;
}

const runWords = (run: Run) => run.last - run.first + 1;
const sharedWords = (s: Shared) => s.runs.reduce((sum, run) => sum + runWords(run), 0);

/**
 * The entries written out whole, most words first; one whose words overlap a better one's is not
 * taken, and two that share as many words over one span name neither.
 */
function chooseWorks(all: Shared[], listed: ReadonlyMap<number, Entry>): Shared[] {
  const whole = all.filter(
    (s) =>
      s.runs.some((run) => runWords(run) >= LONGEST_RUN) &&
      sharedWords(s) >= SHARE * (listed.get(s.number) as Entry).words,
  );
  const overlaps = (a: Shared, b: Shared) => {
    const [x, y] = [spanOf(a), spanOf(b)];
    return x.first <= y.last && y.first <= x.last;
  };
  const sorted = [...whole].sort((a, b) => sharedWords(b) - sharedWords(a));
  const taken: Shared[] = [];
  for (const s of sorted) {
    if (taken.some((t) => overlaps(t, s))) continue;
    const tied = sorted.some((o) => o !== s && sharedWords(o) === sharedWords(s) && overlaps(o, s));
    // A tie names neither work; the span stays claimed so that a lesser one inside it is not taken.
    taken.push(tied ? { ...s, number: -1 } : s);
  }
  return taken.filter((t) => t.number >= 0).sort((a, b) => spanOf(a).first - spanOf(b).first);
}

/** The occurrence of `year` in the text nearest the span, or null when the text lacks it. */
function nearestYear(
  text: string,
  year: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let at = text.indexOf(year); at >= 0; at = text.indexOf(year, at + 1)) {
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /\p{N}/u.test(text[at + year.length] ?? '')) continue;
    const distance = at >= end ? at - end : at < start ? start - at : 0;
    if (distance < bestDistance) {
      best = { start: at, end: at + year.length };
      bestDistance = distance;
    }
  }
  return best;
}
