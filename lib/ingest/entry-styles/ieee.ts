import { isNameWord } from '../author-date/names';
import type { ParsedAuthor } from '../authors';
import { normaliseInitials } from '../authors';
import { firstQuoted, readSegmentTail, type StyledEntry, type TitleSplitter } from './common';

/*
 * IEEE: given names as initials before the family name, a comma, then the title in quotes with
 * its comma inside ("J. U. Duncombe, “Infrared navigation—Part I,” IEEE Trans. Electron Devices,
 * vol. ED-11, no. 1, pp. 34–39, Jan. 1959."), or a book's title in italics (plain text here)
 * ending at a full stop ("B. Klaus and P. Horn, Robot Vision. Cambridge, MA, USA: MIT Press, 1986.").
 */

/** "J.", "J.-P.", "Ch.": one word of initials. */
const INITIALS_WORD = /^(?:\p{Lu}\p{Ll}?\.-?)+$/u;
const LOWER = /\p{Ll}/u;

/** "J. K. Author", "B. Smith", "J.-P. van der Berg": initials, then the family name. */
function isInitialsFirst(name: string): boolean {
  const words = name.split(' ').filter((w) => w !== '');
  if (words.length < 2 || words.length > 7) return false;
  let i = 0;
  while (i < words.length && INITIALS_WORD.test(words[i] as string)) i++;
  if (i === 0 || i === words.length) return false;
  const family = words.slice(i);
  const last = family[family.length - 1] as string;
  // A family name: a capital, then letters, apostrophes or hyphens, at least one lower-case.
  return isNameWord(last) && LOWER.test(last);
}

function asAuthor(name: string): ParsedAuthor {
  const words = name.split(' ').filter((w) => w !== '');
  let i = 0;
  while (i < words.length - 1 && INITIALS_WORD.test(words[i] as string)) i++;
  return { family: words.slice(i).join(' '), given: normaliseInitials(words.slice(0, i).join(' ')) };
}

/** The names of an IEEE byline ("A, B, and C", "A and B", "A et al."), or null if one is not a name. */
function bylineNames(byline: string): string[] | null {
  const names: string[] = [];
  for (const part of byline.split(', ')) {
    for (const piece of part.split(' and ')) {
      let name = piece.trim();
      if (name.startsWith('and ')) name = name.slice(4);
      if (name.endsWith(' et al.')) name = name.slice(0, -7);
      if (name === '' || name === 'et al.') continue;
      if (!isInitialsFirst(name)) return null;
      names.push(name);
    }
  }
  return names.length > 0 ? names : null;
}

const PROCEEDINGS = /\b(?:Proc\.|Proceedings|Conf\.|Conference|Symp\.|Symposium|Workshop)/;

function quotedShape(text: string): StyledEntry | null {
  const quoted = firstQuoted(text);
  if (quoted?.closingMark !== ',' || !quoted.before.endsWith(',')) return null;
  const byline = quoted.before.slice(0, -1);
  const names = bylineNames(byline);
  if (!names) return null;
  const { publication, year } = readSegmentTail(quoted.after, true);
  // "in Proc. ...": a paper in conference proceedings, not a chapter; the plain pieces after it
  // ("Las Vegas, NV, USA") name where the conference was.
  if (publication.chapter && PROCEEDINGS.test(publication.container ?? '')) {
    publication.chapter = false;
    if (publication.place === null) {
      publication.place = publication.publisher;
      publication.publisher = null;
    }
  }
  return { byline, authors: names.map(asAuthor), year, title: quoted.title, publication };
}

/** The byline of a book: names while each comma-separated piece is one; the title follows. */
function bookShape(text: string, splitTitle: TitleSplitter): StyledEntry | null {
  let end = -1;
  let names = 0;
  // At most 30 names are tried, so the prefixes read stay bounded.
  for (let c = text.indexOf(', '); c >= 0 && names < 30; c = text.indexOf(', ', c + 2), names++) {
    if (!bylineNames(text.slice(0, c))) break;
    end = c;
  }
  if (end < 0) return null;
  const byline = text.slice(0, end);
  const { title, tail } = splitTitle(text.slice(end + 2));
  if (title === '' || tail === '') return null;
  const { publication, year } = readSegmentTail(tail, false);
  if (year === null) return null;
  return { byline, authors: bylineNames(byline)?.map(asAuthor) ?? [], year, title, publication };
}

export function readIeee(text: string, splitTitle: TitleSplitter): StyledEntry | null {
  return quotedShape(text) ?? bookShape(text, splitTitle);
}
