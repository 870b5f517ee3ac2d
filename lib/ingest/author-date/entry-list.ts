import { lettersOnly } from '@/lib/text/words';
import { afterAlphabeticLabel } from '../alphabetic-labels';
import type { SourceLine } from '../blocks';
import type { ReferenceEntryRecord } from '../graph-document';
import { afterYearLabel } from '../lettered-labels';
import { RST_CITATION } from '../rst-citation';
import { withoutWrappingBrackets } from '../wrapped-entry';
import { entryKey } from './entry-keys';
import { isNameWord, isParticle } from './names';

/**
 * An unnumbered reference list (APA, Chicago author–date, MLA) under a "References" heading: each
 * entry starts with a family name and has a year near its start; the entry's number is its 1-based
 * position. A line starts an entry after a blank line or when it looks like one; other lines
 * continue the entry above (a wrapped entry).
 */
const BULLET = /^\s*[-*•]\s+/;
/** A Markdown link naming the entry's topic before it, "[Cuckoo Filter](https://…): Fan, B., …". */
const TOPIC_LINK = /^\[([^\]\n]{1,100})\]\([^)\s]{1,500}\)(:?)\s/;

const QUOTED_TITLE = /^["“]\p{Lu}/u;

function looksLikeEntry(line: string): boolean {
  if (RST_CITATION.test(line)) return true;
  const whole = withoutWrappingBrackets(line.replace(BULLET, '').trim());
  // "[Xor Filters …](https://…) Thomas Mueller Graf, …": what follows a leading link says.
  const link = TOPIC_LINK.exec(whole);
  const bare = link ? whole.slice(link[0].length) : whole;
  // "[AM97] Achilles-Manaresi, …": an entry under its alphabetic label (alphabetic-labels.ts); the
  // label says it is one, with a name after it, year or none ("[Aes256Sc] Neve, Tiri "On …"").
  const afterLabel = afterAlphabeticLabel(bare);
  const labelled = afterLabel !== null;
  const text = afterLabel?.trim() ?? bare;
  if (labelled && isNameWord(text.split(/[\s,.]/, 1)[0] ?? '')) return true;
  // '[SIA 95]   "Digital UNIX Security", Digital Equipment …': a work with no author, its title first.
  if (labelled && QUOTED_TITLE.test(text)) return true;
  // "2011 - A robust two-level …": an entry under its year label (lettered-labels.ts), title first.
  const afterYear = afterYearLabel(bare);
  if (afterYear !== null) return afterYear.trim().split(/\s+/).length >= 3;
  const first = text.split(/[\s,.]/, 1)[0] ?? '';
  if (!isNameWord(first) && !isParticle(first)) return false;
  // The whole line: an entry with twenty authors has its year past the first few hundred characters.
  const key = entryKey(0, text);
  if (key === null || (key.families.length === 0 && key.byline === '')) return false;
  // Dated only "in press", a line is an entry when it opens "Family, …": "Chemistry 18: (in press)."
  // and "IRL Press, Oxford) (In press)." are the wrapped ends of entries.
  return /^\d{4}$/.test(key.year) || /^[^\s,]+,/.test(text);
}

/**
 * The entry's line without a topic link before its byline, which would read as its authors; kept
 * when what follows the link does not read as an entry, or when the link, with no colon after it,
 * is a title the rest does not give ("[Xor Filters: Faster and Smaller …](…) Thomas Mueller Graf,
 * Daniel Lemire, Journal …"): the link is then the entry's title, as "[Scalable Bloom Filters](…)
 * ALMEIDA, … _Scalable bloom filters_." is not.
 */
function withoutTopicLink(line: string): string {
  const link = TOPIC_LINK.exec(line);
  if (!link) return line;
  const rest = line.slice(link[0].length);
  if (!looksLikeEntry(rest)) return line;
  const titled = link[2] === '' && !lettersOnly(rest).includes(lettersOnly(link[1] ?? ''));
  return titled ? line : rest;
}

/**
 * A word no entry ends with: a conjunction, a preposition or an article ("IAG Resolutions adopted
 * at the XXIIth General Assembly in" / "Birmingham, 1999, Resolution 3.").
 */
const OPEN_WORD = /(?:,|\b(?:and|or|in|of|on|at|to|for|from|by|with|the|a|an))$/;

/** Whether an entry's text so far stops mid-phrase: after a comma or an open word, or inside "_…_" or quotation marks. */
function breaksOffMidPhrase(raw: string): boolean {
  const end = raw.trimEnd();
  if (OPEN_WORD.test(end)) return true;
  const count = (ch: string) => end.split(ch).length - 1;
  return count('_') % 2 === 1 || count('"') % 2 === 1 || count('“') > count('”');
}

/** Columns of white space a line opens with, a tab counted as one. */
const indentOf = (line: string): number => line.length - line.trimStart().length;

/**
 * A line of raw HTML alone, as Markdown keeps it: an anchor before an entry, a comment, even a
 * tag left unclosed by its writer (`<a id="Conover"</a>`).
 */
function isHtmlOnly(line: string): boolean {
  const text = line.trim();
  if (!text.startsWith('<')) return false;
  let inTag = false;
  for (const ch of text) {
    if (ch === '<') inTag = true;
    else if (ch === '>') inTag = false;
    else if (!inTag && ch.trim() !== '') return false;
  }
  return true;
}
/** A thematic break ("---", "* * *"): the list's section ends there. */
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
/**
 * "-> The hotspotting technique:", "Seamount data set:", "-> Pacific hotspot list": a group's
 * label inside a list, alone between blank lines, ending with a colon or led by an arrow.
 */
const GROUP_LABEL =
  /^\s{0,3}(?:[-*•>]\s?)?[\p{L}\p{N}][^:]{0,80}:$|^\s{0,3}[-=]>\s?[\p{L}\p{N}][^:]{0,80}:?$/u;
const MAX_GROUP_LABEL_WORDS = 8;

function isGroupLabel(lines: SourceLine[], i: number): boolean {
  const text = (lines[i]?.text ?? '').trimEnd();
  if ((lines[i + 1]?.text.trim() ?? '') !== '' || !GROUP_LABEL.test(text)) return false;
  return text.trim().split(/\s+/).length <= MAX_GROUP_LABEL_WORDS && !looksLikeEntry(text);
}

/**
 * The list of lines [from, to): its entries and the index one past its last line. An entry starts
 * after a blank line or at a line that looks like one; other lines continue the entry above (a
 * wrapped entry). Lines of raw HTML count as blank. The list ends at a thematic break, and what
 * follows its last entry that looks like one (a paragraph of prose, a "Back to contents" link)
 * is not part of it. No entries when fewer than four in five look like one, judged on the whole
 * entry, since a wrapped entry may give its year on its second line.
 */
export function authorDateList(
  lines: SourceLine[],
  from: number,
  to: number,
): { entries: ReferenceEntryRecord[]; end: number } {
  /** `joined`: the entry follows the one before with no blank line, in the same block. */
  const entries: { entry: ReferenceEntryRecord; index: number; joined: boolean }[] = [];
  let open: ReferenceEntryRecord | null = null;
  let openIndent = 0;
  let openBulleted = false;
  let hangingSeen = false;
  let afterBlank = true;
  let stop = to;
  for (let i = from; i < to; i++) {
    const text = lines[i]?.text ?? '';
    if (text.trim() === '' || isHtmlOnly(text)) {
      afterBlank = true;
      continue;
    }
    if (afterBlank && RULE.test(text) && entries.length > 0) {
      stop = i;
      break;
    }
    // A group's label between entries heads the entries after it; it is no entry.
    if (afterBlank && isGroupLabel(lines, i)) continue;
    const line = withoutTopicLink(text.replace(BULLET, '').trim());
    // A line indented past the entry's first, with no blank before it, continues the entry: a
    // typed list's hanging indent ("P. Cheeseman, et al. …" / "  Ann Arbor, MI. June 12-14 1988.").
    // A dash that opens such a line in a list of unbulleted entries is the title's ("Hotspotting
    // called into question" / "   - Reply, Nature, …"), not a bullet.
    const hanging =
      !afterBlank && open !== null && indentOf(text) > openIndent && (!BULLET.test(text) || !openBulleted);
    // And a line back at the first line's indent after such lines opens the next entry, whatever
    // it holds ("J. Goebel, et al. "A Bayesian …"," gives its year on its own next line).
    const outdented = !hanging && hangingSeen;
    // A line after one that breaks off mid-phrase (a comma, "and", an italic title or a quotation
    // still open) goes on with it: "…, _Astronomical" / "Almanac for the Year 1986_, U. S. …".
    const midPhrase = !afterBlank && open !== null && breaksOffMidPhrase(open.raw);
    // A bullet is an item of its own, whatever its first word ("- F. Bonomi, M. Mitzenmacher, …"),
    // unless the line before broke off mid-phrase ("… the Dynamical Time" / "- Universal Time …").
    if (
      open === null ||
      (!hanging && (afterBlank || outdented || (!midPhrase && (BULLET.test(text) || looksLikeEntry(line)))))
    ) {
      openIndent = indentOf(text);
      openBulleted = BULLET.test(text);
      hangingSeen = false;
      open = {
        number: entries.length + 1,
        raw: line.trim(),
        line: lines[i]?.number ?? i + 1,
      };
      entries.push({ entry: open, index: i, joined: !afterBlank });
    } else {
      open.raw += `\n${text.trim()}`;
      hangingSeen ||= hanging;
    }
    afterBlank = false;
  }
  const looking = entries.map(({ entry }) => looksLikeEntry(entry.raw));
  // The list runs to its last entry that looks like one, and on through the block that entry is in.
  let last = looking.lastIndexOf(true);
  while (last >= 0 && entries[last + 1]?.joined) last++;
  const kept = entries.slice(0, last + 1);
  const like = looking.slice(0, last + 1).filter(Boolean).length;
  if (kept.length === 0 || like * 5 < kept.length * 4) return { entries: [], end: to };
  const works = kept
    .map(({ entry }) => entry)
    .filter((entry, i, all) => !pointsAbove(entry, all.slice(0, i)));
  return {
    entries: works.map((entry, i) => ({ ...entry, number: i + 1 })),
    end: entries[last + 1]?.index ?? stop,
  };
}

/** "Wessel and Kroenke, 1997, (see above)": names and a year, then a pointer back. */
const SEE_ABOVE = /^(.{1,80}?)[,.]?\s\(?see above\)?\.?$/i;

/**
 * Whether an entry only points back at one listed above it, as a list grouped by topic repeats a
 * work under a second heading: the same work, not another.
 */
function pointsAbove(entry: ReferenceEntryRecord, above: readonly ReferenceEntryRecord[]): boolean {
  const byline = SEE_ABOVE.exec(entry.raw.replace(/\s+/g, ' ').trim())?.[1];
  const key = byline === undefined ? null : entryKey(0, byline);
  if (!key) return false;
  return above.some((a) => {
    const other = entryKey(0, a.raw);
    return other !== null && other.year === key.year && other.families[0] === key.families[0];
  });
}

/** The entries of lines [from, to), or [] when they do not read as an author–date list (authorDateList). */
export function authorDateEntries(lines: SourceLine[], from: number, to: number): ReferenceEntryRecord[] {
  return authorDateList(lines, from, to).entries;
}
