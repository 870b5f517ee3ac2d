import {
  child,
  childElements,
  children,
  descendants,
  ELEMENT_NODE,
  textOf,
  type XElement,
  type XNode,
} from './dom';
import type { CitationStyle } from './truth-article';

/**
 * A reference entry as a reader would see it printed. A `mixed-citation` is already the printed
 * text; an `element-citation` holds fields only, so it is printed in the house style of its
 * citation style: Vancouver-like for numeric lists, APA-like for author–date lists (the author
 * names and the year lead, as an author–date reader needs them to). Both end with the issue, the
 * DOI or web address when tagged, as the journals print them.
 */
export function referenceText(ref: XElement, style: CitationStyle): string {
  const mixed = child(ref, 'mixed-citation') ?? child(ref, 'citation');
  if (mixed) return printedText(mixed);
  const element = child(ref, 'element-citation') ?? child(ref, 'nlm-citation');
  if (!element) return textOf(ref);
  const f = fields(element);
  // An entry with no fields to print (software, a web page given as a comment) is its text.
  if (f.names.length === 0 && f.title === '' && f.source === '') return textOf(element);
  return style === 'numeric' ? vancouver(f) : apa(f);
}

/**
 * A mixed citation's text as printed. Its tags carry the punctuation, except inside a name: some
 * files write `<surname>Archer</surname><given-names>D</given-names>` with nothing between, which
 * the journal prints "Archer D".
 */
function printedText(citation: XElement): string {
  const parts: string[] = [];
  const walk = (node: XNode) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== ELEMENT_NODE) parts.push(c.textContent ?? '');
      else if (c.nodeName === 'name' || c.nodeName === 'string-name') {
        parts.push(childElements(c).map(textOf).join(' '));
      } else walk(c);
    }
  };
  walk(citation);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

interface Fields {
  names: { family: string; given: string }[];
  etal: boolean;
  year: string;
  title: string;
  source: string;
  volume: string;
  issue: string;
  pages: string;
  doi: string;
  url: string;
}

function fields(e: XElement): Fields {
  const group =
    children(e, 'person-group').find((g) => g.getAttribute('person-group-type') !== 'editor') ?? e;
  const names: Fields['names'] = [];
  let etal = false;
  for (const n of childElements(group)) {
    if (n.nodeName === 'name' && /^et\.? al\.?$/i.test(textOf(child(n, 'surname')))) {
      etal = true; // some lists tag the printed "et al." as a name
    } else if (n.nodeName === 'name') {
      names.push({ family: textOf(child(n, 'surname')), given: textOf(child(n, 'given-names')) });
    } else if (n.nodeName === 'collab') {
      names.push({ family: textOf(n), given: '' });
    } else if (n.nodeName === 'etal') {
      etal = true;
    }
  }
  const fpage = textOf(child(e, 'fpage'));
  const lpage = textOf(child(e, 'lpage'));
  return {
    names,
    etal,
    year: textOf(child(e, 'year')),
    title: textOf(child(e, 'article-title') ?? child(e, 'chapter-title') ?? child(e, 'data-title')),
    source: textOf(child(e, 'source')),
    volume: textOf(child(e, 'volume')),
    issue: textOf(child(e, 'issue')),
    doi: textOf(descendants(e, 'pub-id').find((p) => p.getAttribute('pub-id-type') === 'doi')),
    url: textOf(descendants(e, 'ext-link')[0] ?? descendants(e, 'uri')[0]),
    pages: fpage && lpage ? `${fpage}–${lpage}` : fpage || textOf(child(e, 'elocation-id')),
  };
}

const stop = (s: string) => (s === '' || /[.?!]$/.test(s) ? s : `${s}.`);

/** "157(3)": the volume with its issue, as both styles print them. */
const volumeIssue = (f: Fields) => (f.volume && f.issue ? `${f.volume}(${f.issue})` : f.volume);

/** The link a publisher prints last: the DOI, else the web address. */
const link = (f: Fields, doiPrefix: string) => (f.doi ? `${doiPrefix}${f.doi}` : f.url);

function vancouver(f: Fields): string {
  const names = f.names.map((n) => [n.family, n.given].filter(Boolean).join(' '));
  if (f.etal) names.push('et al.');
  const where = [f.source, volumeIssue(f)].filter(Boolean).join(' ');
  const tail = [where, f.pages].filter(Boolean).join(': ');
  return [`${names.join(', ')}${f.year ? ` (${f.year})` : ''}`, stop(f.title), stop(tail), link(f, 'doi:')]
    .filter(Boolean)
    .join(' ')
    .trim();
}

function apa(f: Fields): string {
  const initials = (given: string) =>
    given
      .split(/[\s.-]+/)
      .filter(Boolean)
      .map((g) =>
        g.length <= 3 && g === g.toUpperCase() ? [...g].map((c) => `${c}.`).join(' ') : `${g[0]}.`,
      )
      .join(' ');
  const names = f.names.map((n) => (n.given ? `${n.family}, ${initials(n.given)}` : n.family));
  let authors = names.join(', ');
  if (names.length > 1 && !f.etal) {
    authors = `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
  }
  if (f.etal) authors += ', et al.';
  const where = [f.source, volumeIssue(f)].filter(Boolean).join(', ');
  const tail = [where, f.pages].filter(Boolean).join(', ');
  return [`${authors} (${f.year || 'n.d.'}).`, stop(f.title), stop(tail), link(f, 'https://doi.org/')]
    .filter(Boolean)
    .join(' ');
}
