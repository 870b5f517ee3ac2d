import { normalisePages } from '../publication';
import { YEAR } from '../year-pattern';
import { journalVolumePages, NO_PUBLICATION, type StyledEntry, type TitleSplitter, tidy } from './common';

/*
 * Nature's style, which many journals and documentation pages copy: every author inverted with
 * initials, "&" before the last, the title, then the journal, volume and pages, and the year last
 * in parentheses: "Fan, H., Ives, A.R., Surget-Groba, Y. & Cannon, C.H. An assembly and
 * alignment-free method of phylogeny reconstruction from next-generation sequencing data. BMC
 * genomics 16, 522 (2015)." or "Ondov, B. D. et al. Mash: fast genome … Genome Biol. 17, 132
 * (2016)." Read only when the entry opens with such a byline and ends with such a year.
 */

/** "Fan, H.", "Surget-Groba, Y.", "van der Berg, J.-P.", "Broder, A.Z.": a family name, then initials. */
const INVERTED = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}, \p{Lu}\.(?:[ -]?\p{Lu}\.){0,3}`;
/**
 * "van der Berg, J.": the commonest particles, written out rather than built from names.ts's
 * PARTICLES, so that the ReDoS check (which evaluates constant sources only) can read the byline.
 */
const PARTICLES_BEFORE = '(?:(?:van|von|de|der|den|da|di|du|la|le) ){0,3}';
const PARTICLE_INVERTED = `${PARTICLES_BEFORE}${INVERTED}`;
/** The byline: names parted by ", ", "&" or "and" before the last, or "et al." after the first few. */
const BYLINE = new RegExp(
  String.raw`^${PARTICLE_INVERTED}(?:, ${PARTICLE_INVERTED}){0,30}(?:,? (?:&|and) ${PARTICLE_INVERTED}| et al\.)? `,
  'u',
);
const YEAR_LAST = new RegExp(String.raw`\s\((${YEAR})[a-z]?\)\.?$`);
/** "Proceedings of …, 21-29": a container and its pages, with no volume. */
const CONTAINER_PAGES = /^(.{2,200}), (?:pp?\. ?)?(\d{1,6}\s?[-–]\s?\d{1,6})$/;

export function readNature(text: string, splitTitle: TitleSplitter): StyledEntry | null {
  const entry = text.trim();
  const byline = BYLINE.exec(entry);
  const year = YEAR_LAST.exec(entry);
  if (!byline || !year || year.index <= byline[0].length) return null;
  const { title, tail } = splitTitle(entry.slice(byline[0].length, year.index));
  const result = (publication: StyledEntry['publication']): StyledEntry => ({
    byline: byline[0].trim(),
    year: Number(year[1]),
    title: tidy(title),
    publication,
  });
  const venue = tail.trim();
  const journal = journalVolumePages(venue);
  if (journal) return result(journal);
  const proceedings = CONTAINER_PAGES.exec(venue);
  if (proceedings)
    return result({
      ...NO_PUBLICATION,
      container: tidy(proceedings[1]),
      pages: normalisePages(proceedings[2]),
    });
  // A book: "(Springer, 2010)" is not this style's year alone; what is left is its publisher.
  return result({ ...NO_PUBLICATION, publisher: tidy(venue) });
}
