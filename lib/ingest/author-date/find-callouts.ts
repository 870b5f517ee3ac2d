import { isGeneration } from '../authors';
import { YEAR } from '../year-pattern';
import {
  type CalloutItem,
  FIRST_YEAR,
  itemsOf,
  type Names,
  namesNoAuthor,
  parseNames,
  parseOrganisation,
  readYears,
} from './callout-items';
import { isNameWord, isParticle, nameKey } from './names';

/**
 * Author–date callouts in a block's text, parenthetical "(Smith & Jones, 2020; Lee, 2018, p. 4)"
 * and narrative "Smith et al. (2019a)", "Smith and Jones (2020, 2021)". Linear: each "(" is looked
 * at once up to the next parenthesis, and a narrative callout's names are read backwards over a
 * bounded window of words (docs/decisions/024-author-date.md).
 */
export interface AuthorDateCallout {
  start: number;
  end: number;
  items: CalloutItem[];
  /**
   * Names before the parenthesis after "in", "from"...: "in Berlin (2020)". Such a single name
   * counts only if it is a listed author's.
   */
  placeLike: boolean;
  /**
   * A narrative callout whose names follow a comma-joined name with neither initials nor a comma
   * before "and" ("Becker, Chambers & Wilks (1988)"): the reading with those names as well, which
   * the caller takes only when it names an entry and the shorter names none. Without the list to
   * ask, "In Berlin, Smith and Jones (2020)" would make Berlin an author.
   */
  longer?: { start: number; items: CalloutItem[] };
}

/** A parenthesis with no parenthesis inside, at most 600 characters. */
const PARENTHESIS = /\(([^()]{1,600})\)/g;
/**
 * Square brackets with no bracket inside. Style guides (APA, eLife, Chicago) put a callout inside a
 * parenthesis in brackets: "(residues 772–984 [Oktaba et al., 2008])". Only names and years count
 * there: "P[XP]" or "[Ambion]" are no callouts.
 */
const BRACKETS = /\[([^[\]]{1,600})\]/g;
/** What may open an item before the names: "e.g.,", "see also", "cf.". */
/** Whole words only: "Seelig and Jayaraman" starts with no "see". */
const PREFIX =
  /^(?:e\.g\.|i\.e\.|cf\.|(?:see also|see|for (?:a )?review,? see|reviewed in)(?![a-z]))[,:]?\s*/i;
const NARRATIVE_WINDOW = 200;

/** The word after "and" that stands for "et al." in English: "Lin and colleagues (2020)". */
const ET_AL_IN_ENGLISH = new Set(['others', 'colleagues', 'coworkers', 'co-workers', 'collaborators']);
/** "in Berlin (2020)", "from Paris (2019)": a place and a year, unless a listed author has the name. */
const PLACE_BEFORE = new Set([
  'in',
  'at',
  'from',
  'near',
  'of',
  'the',
  'to',
  'on',
  'since',
  'until',
  'across',
]);

/**
 * "for a recent review see Margueron, 2011" -> "Margueron, 2011": lower-case words before the first
 * capitalised one are prose, save the particles of its name ("see van der Berg, 2019").
 */
function withoutLeadingWords(item: string): string {
  const words = item.split(' ');
  let first = words.findIndex((w) => isNameWord(w.replace(/[,;:]$/, '')));
  if (first <= 0) return item;
  while (first > 0 && isParticle(words[first - 1] as string)) first--;
  if (!words.slice(0, first).every((w) => /^\p{Ll}/u.test(w))) return item;
  return words.slice(first).join(' ');
}

/**
 * The names of an item, after a term it defines or a label: "(PSIS, Vehtari et al., 2017)",
 * "(LOO-CV, Vehtari et al., 2017)". Tried only when the whole does not read as names, so
 * "(Smith, Jones, 2020)" keeps both authors.
 */
function namesOf(written: string): Names | null {
  const comma = written.indexOf(', ');
  // "(NUTS, Hoffman and Gelman, 2014)": an acronym before other names is the term defined.
  if (comma > 0 && ACRONYM.test(written.slice(0, comma))) {
    const after = parseNames(written.slice(comma + 2));
    if (after) return after;
  }
  const names = parseNames(written) ?? parseOrganisation(written);
  if (names) return names;
  // "(lineage B of Baek and Mann, 2009)": a label of the data, then whose it is.
  const of = written.lastIndexOf(' of ');
  const owners = of > 0 ? parseNames(written.slice(of + 4)) : null;
  if (owners) return owners;
  return comma > 0 ? parseNames(written.slice(comma + 2)) : null;
}

/** "PSIS", "LOO-CV", "NUTS": capitals (and digits, hyphens) only. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d-]+$/u;
/** Works in one piece of a parenthesis joined by commas: a bound, not a limit anyone meets. */
const MAX_ITEMS_IN_PIECE = 20;

function parentheticalItems(content: string): CalloutItem[] | null {
  const items: CalloutItem[] = [];
  for (const piece of content.split(';')) {
    let item = piece.trim();
    // "(see Gelman et al. 2013, Stan Development Team 2018)": works after a comma too, while
    // what follows a year's comma reads as names and a year.
    for (let more = 0; more < MAX_ITEMS_IN_PIECE && item !== ''; more++) {
      for (let m = PREFIX.exec(item); m && m[0] !== ''; m = PREFIX.exec(item)) item = item.slice(m[0].length);
      item = withoutLeadingWords(item);
      const year = FIRST_YEAR.exec(item);
      if (!year || year.index === 0) break;
      const names = namesOf(item.slice(0, year.index));
      const years = names ? readYears(item, year.index) : null;
      if (!names || !years) break;
      items.push(...itemsOf(names, years.years, years.pending));
      // "(Smith, 2020, Lee, 2021)", "(Smith, 2020 and Lee, 2021)": another work after a comma or
      // "and"; a comma typed twice ("Marmur 1962,, Chester") is one.
      const rest = item.slice(years.end).trim();
      const joiner = /^(?:,+|&|and\s)/.exec(rest);
      item = joiner ? rest.slice(joiner[0].length).trim() : '';
    }
  }
  return items.length > 0 ? items : null;
}

/** "(2019a)", "(2020, 2021)", "(2019, p. 4)": years with no names. */
function yearsOnly(content: string): ReturnType<typeof readYears> {
  const text = content.trim();
  const year = FIRST_YEAR.exec(text);
  if (year?.index !== 0) return null;
  return readYears(text, 0);
}

/**
 * A word of the text with a name glued to what opens or closes before it, as two words: "(Sekhon
 * (2011))" and "(2018),Fox (2003)" name Sekhon and Fox.
 */
function splitAtOpening(word: string, at: number): { word: string; at: number }[] {
  for (let i = word.length - 2; i >= 0; i--) {
    if ('([),;'.includes(word[i] as string) && /\p{Lu}/u.test(word[i + 1] as string))
      return [
        { word: word.slice(0, i + 1), at },
        { word: word.slice(i + 1), at: at + i + 1 },
      ];
  }
  return [{ word, at }];
}

/** Initials after a family name in a byline: "J.", "A.,", "P.-C.,". */
const INITIALS = /^\p{Lu}\.(?:-?\p{Lu}\.)*,?$/u;

/**
 * The names right before `at`, with where they start: "Smith et al. ", "Smith and Jones ",
 * "van der Berg ", and whole bylines "Vehtari, Simpson, Gelman, Yao, and Gabry " or "Vehtari, A.,
 * Gelman, A., and Gabry, J. ". Read backwards, one family at a time. A list joined by commas is
 * taken only when it is plainly a byline, with initials or a comma before its "and"; otherwise
 * "In Berlin, Smith and Jones (2020)" would make Berlin an author.
 */
function namesBefore(
  text: string,
  at: number,
  commasJoin = false,
): { names: Names; start: number; placeLike: boolean } | null {
  const from = Math.max(0, at - NARRATIVE_WINDOW);
  const words = [...text.slice(from, at).matchAll(/\S+/g)].flatMap((m) =>
    splitAtOpening(m[0], from + m.index),
  );
  const word = (k: number) => words[k]?.word ?? '';
  /** The family name ending at word k (a trailing comma dropped): a name word and the particles before it. */
  const familyEndingAt = (k: number): { name: string; first: number } | null => {
    const last = word(k)
      .replace(/,$/, '')
      .replace(/['’]s$/, '');
    if (!isNameWord(last)) return null;
    let first = k;
    for (;;) {
      const previous = word(first - 1);
      if (first > 0 && isParticle(previous.toLowerCase())) first--;
      // Inside a byline with initials, "M., Riis Andersen, M.": every word between two initials
      // is the family name.
      else if (
        first > 1 &&
        isNameWord(previous) &&
        INITIALS.test(word(first - 2)) &&
        word(first - 2).endsWith(',')
      )
        first--;
      else break;
    }
    return { name: [...words.slice(first, k).map((w) => w.word), last].join(' '), first };
  };
  let k = words.length - 1;
  let etAl = false;
  // "et al." and its English forms "and others", "and colleagues", "and co-workers", either
  // possessive ("Smith et al.'s (2019)") or with a comma before the year ("Chan et al, (1983)");
  // and "and al.", its common slip ("Chester and al. 1993").
  const ending = word(k).replace(/['’]s$|,$/, '');
  if (
    (/^al\.?$/.test(ending) && (word(k - 1) === 'et' || word(k - 1) === 'and')) ||
    (ET_AL_IN_ENGLISH.has(ending) && word(k - 1) === 'and')
  ) {
    etAl = true;
    k -= 2;
  }
  let initials = false;
  const skipInitials = () => {
    while (k > 0 && INITIALS.test(word(k))) {
      initials = true;
      k--;
    }
  };
  // "Santalucia Jr. (1998)": a generation after the family name; "Smith JA et al. (2001)":
  // initials without full stops, read as such only before "et al." ("Cancer Research UK (2019)").
  if (k > 0 && isGeneration(word(k).replace(/,$/, '')) && /\p{Ll}/u.test(word(k - 1))) k--;
  if (etAl && k > 0 && /^\p{Lu}{1,3}$/u.test(word(k)) && /\p{Ll}/u.test(word(k - 1))) k--;
  skipInitials();
  const last = familyEndingAt(k);
  // "Now (2014), however": a word that names no author ends no byline.
  if (!last || namesNoAuthor(last.name)) return null;
  const families = [last.name];
  let first = last;
  let oxford = false;
  for (k = last.first - 1; !etAl && k >= 0; ) {
    const joiner = word(k) === 'and' || word(k) === '&';
    if (joiner && families.length > 1) break;
    if (joiner) oxford = word(k - 1).endsWith(',');
    else if (!(word(k).endsWith(',') && (initials || oxford || commasJoin))) break;
    const resume = k;
    if (joiner) k--;
    skipInitials();
    const family = familyEndingAt(k);
    if (!family || (!joiner && !(initials || oxford || commasJoin))) {
      k = resume;
      break;
    }
    families.unshift(family.name);
    first = family;
    k = family.first - 1;
  }
  return {
    names: { families: families.slice(0, 2).map(nameKey), etAl: etAl || families.length > 2 },
    start: words[first.first]?.at ?? at,
    placeLike: PLACE_BEFORE.has(word(first.first - 1).toLowerCase()),
  };
}

export function findAuthorDateCallouts(text: string): AuthorDateCallout[] {
  const callouts = parenthesisedCallouts(text);
  const bracketed = bracketedCallouts(text).filter(
    (b) => !callouts.some((c) => b.start < c.end && c.start < b.end && !(c.start < b.start && b.end < c.end)),
  );
  if (bracketed.length === 0) return callouts;
  // A parenthesis holding a bracketed callout ("(hs:ctr [Hesselson et al., 2009])") is read as
  // that callout only.
  const outer = callouts.filter((c) => !bracketed.some((b) => c.start < b.start && b.end < c.end));
  return [...outer, ...bracketed].sort((a, b) => a.start - b.start);
}

const YEAR_WITH_SUFFIX = new RegExp(`${YEAR}[a-z]?`, 'g');

/** Whether a parenthesis holds years and nothing else: "2020", "2020a, 2021", "2019 and 2020". */
function yearsAlone(content: string): boolean {
  return (
    content
      .replace(YEAR_WITH_SUFFIX, '')
      .replace(/\band\b/g, '')
      .replace(/[\s,;&]/g, '') === ''
  );
}

/**
 * "Boon2012", "Houlsby2009", "Boon2013b", "VanDerWalt2011": a citation key as Sphinx and BibTeX
 * users label a work, a capitalised family name glued to its year and perhaps a letter.
 */
const CITATION_KEY = new RegExp(String.raw`^((?:\p{Lu}[\p{Ll}'’-]+){1,3})(${YEAR})([a-z])?$`, 'u');

/** Whether a marker is a bracket of citation keys only, "[Boon2012]", "[Boon2012, Houlsby2009]". */
export function isCitationKeys(raw: string): boolean {
  return raw.startsWith('[') && raw.endsWith(']') && citationKeys(raw.slice(1, -1)) !== null;
}

/**
 * "[Boon2012]", "[Boon2012, Houlsby2009]": brackets of citation keys, each read as the first
 * author's name, the year and its letter, any number of authors. A page that links them to a
 * bibliography elsewhere may list the same works unlabelled at its end. Null for anything else.
 */
function citationKeys(content: string): CalloutItem[] | null {
  const items: CalloutItem[] = [];
  for (const piece of content.split(/[,;]/)) {
    const key = CITATION_KEY.exec(piece.trim());
    if (!key) return null;
    const family = (key[1] as string).replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ');
    items.push({
      families: [nameKey(family)],
      etAl: false,
      year: key[2] as string,
      suffix: key[3] ?? '',
      anyCount: true,
    });
  }
  return items.length > 0 ? items : null;
}

/** Callouts in square brackets, "[Smith et al., 2019]", and narrative ones as AGU writes them, "Smith et al. [2019]". */
const bracketedCallouts = (text: string) => enclosedCallouts(text, BRACKETS);
const parenthesisedCallouts = (text: string) => enclosedCallouts(text, PARENTHESIS);

/** Callouts in each enclosure `pattern` finds: names and years inside, or years after the names. */
function enclosedCallouts(text: string, pattern: RegExp): AuthorDateCallout[] {
  const callouts: AuthorDateCallout[] = [];
  for (const m of text.matchAll(pattern)) {
    const content = m[1] ?? '';
    const end = m.index + m[0].length;
    const keys = pattern === BRACKETS ? citationKeys(content) : null;
    if (keys) {
      // Read like "in Berlin (2020)": a key whose name no entry has ("[Windows2000]") is dropped.
      callouts.push({ start: m.index, end, items: keys, placeLike: true });
      continue;
    }
    const items = parentheticalItems(content);
    if (items) {
      callouts.push({ start: m.index, end, items, placeLike: false });
      continue;
    }
    const years = yearsOnly(content);
    const named = years ? namesBefore(text, m.index) : null;
    if (years && named) {
      const previousEnd = callouts[callouts.length - 1]?.end ?? 0;
      const start = Math.max(named.start, previousEnd);
      const longer = namesBefore(text, m.index, true);
      callouts.push({
        start,
        end,
        items: itemsOf(named.names, years.years, years.pending),
        // "from Bem (2010; see Rouder & Morey for references)", "from Bem (2010, p. 4)": a remark or
        // a locator beside the year says a work is cited, where "in Berlin (2020)" gives a year alone.
        placeLike: named.placeLike && yearsAlone(content),
        ...(longer && longer.start < start && longer.start >= previousEnd
          ? { longer: { start: longer.start, items: itemsOf(longer.names, years.years, years.pending) } }
          : {}),
      });
    }
  }
  return callouts;
}
