import { child, childElements, children, descendants, textOf, type XElement } from '../truth/dom';

/**
 * The fields a publisher tagged in one `<ref>`: the truth a parsed entry is compared with. Read
 * with @xmldom/xmldom, apart from the app's JATS reader. A field the tags do not state is absent
 * (undefined) and is not scored.
 */
export interface TruthFields {
  /** Family names in byline order (a `collab` is one name); editors are not authors. */
  authors?: string[];
  /** The year as printed, with the letter that tells two works of one year apart: "2004a". */
  year?: string;
  /** article-title, chapter-title or data-title; a book's `source` when there is none of those. */
  title?: string;
  /** The journal or book the titled work appeared in: `source`, when the work has its own title. */
  container?: string;
  volume?: string;
  issue?: string;
  /** "fpage-lpage", "fpage", or the elocation-id an online journal gives instead. */
  pages?: string;
  doi?: string;
  url?: string;
}

export const FIELD_NAMES = [
  'authors',
  'year',
  'title',
  'container',
  'volume',
  'issue',
  'pages',
  'doi',
  'url',
] as const satisfies readonly (keyof TruthFields)[];

export type FieldName = (typeof FIELD_NAMES)[number];

const CITATIONS = ['element-citation', 'mixed-citation', 'nlm-citation', 'citation'];
const DOI_LINK = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)?(10\.\d{4,9}\/\S+)$/i;

export function citationOf(ref: XElement): XElement | undefined {
  return childElements(ref).find((e) => CITATIONS.includes(e.nodeName));
}

const present = (text: string): string | undefined => (text === '' ? undefined : text);

function authorsOf(citation: XElement): string[] | undefined {
  const groups = children(citation, 'person-group');
  const group =
    groups.find((g) => (g.getAttribute('person-group-type') ?? 'author') === 'author') ??
    (groups.length === 0 ? citation : undefined);
  if (!group) return undefined;
  const names = childElements(group).flatMap((n) => {
    if (n.nodeName === 'collab') return [textOf(n)];
    if (n.nodeName === 'name' || n.nodeName === 'string-name') return [textOf(child(n, 'surname'))];
    return [];
  });
  // Some lists tag the printed "et al." as a name of its own: it stands for names not given.
  const families = names.filter((n) => n !== '' && !/^et\.? al\.?$/i.test(n));
  return families.length > 0 ? families : undefined;
}

/** The DOI: a pub-id of type doi, else a link whose target is a DOI ("doi: <ext-link>10.…</ext-link>"). */
function doiOf(citation: XElement, links: XElement[]): string | undefined {
  const id = descendants(citation, 'pub-id').find((e) => e.getAttribute('pub-id-type') === 'doi');
  if (id) return present(textOf(id));
  for (const link of links) {
    const m = DOI_LINK.exec(textOf(link)) ?? DOI_LINK.exec(link.getAttribute('xlink:href') ?? '');
    if (m) return m[1];
  }
  return undefined;
}

export function truthFields(ref: XElement): TruthFields {
  const citation = citationOf(ref);
  if (!citation) return {};
  const text = (name: string) => present(textOf(child(citation, name)));
  const titled = text('article-title') ?? text('chapter-title') ?? text('data-title');
  const source = text('source');
  const fpage = text('fpage');
  const lpage = text('lpage');
  const year = /^((?:1[5-9]|20)\d{2})([a-z]?)\b/.exec(text('year') ?? '');
  const links = [...descendants(citation, 'ext-link'), ...descendants(citation, 'uri')];
  const doi = doiOf(citation, links);
  const url = links.map((l) => textOf(l)).find((t) => /^(?:https?:\/\/|www\.)/i.test(t) && !DOI_LINK.test(t));
  const fields: TruthFields = {
    authors: authorsOf(citation),
    year: year ? `${year[1]}${year[2]}` : undefined,
    title: titled ?? source,
    container: titled ? source : undefined,
    volume: text('volume'),
    issue: text('issue'),
    pages: fpage ? (lpage ? `${fpage}-${lpage}` : fpage) : text('elocation-id'),
    doi,
    url,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as TruthFields;
}
