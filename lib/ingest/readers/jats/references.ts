import type { SourceReference, SourceReferenceFields } from '../../document/source-document';
import { childNamed, descendantsNamed, isElement, textOf, type XmlElement, type XmlNode } from './xml-tree';

/**
 * The reference list of a JATS article: each `<ref>` in list order, its number (a numeric
 * `<label>`, else its 1-based position), its entry on one line and the fields its tags state.
 */
export interface JatsReferences {
  references: SourceReference[];
  /** `<ref id>` → index in `references`. */
  indexById: Map<string, number>;
}

const CITATIONS = ['element-citation', 'mixed-citation', 'nlm-citation', 'citation'];
const NUMERIC_LABEL = /^\[?(\d{1,5})[.\]]?$/;

function first(element: XmlElement, name: string): string | null {
  const found = descendantsNamed(element, name)[0];
  const text = found ? textOf(found) : '';
  return text === '' ? null : text;
}

function pubId(citation: XmlElement, type: string): string | null {
  const id = descendantsNamed(citation, 'pub-id').find((e) => e.attributes['pub-id-type'] === type);
  return id ? textOf(id) || null : null;
}

/** Names of the authors: a person-group of type author, else names not in any other group. */
function authorsOf(citation: XmlElement): SourceReferenceFields['authors'] {
  const groups = descendantsNamed(citation, 'person-group');
  const group =
    groups.find((g) => (g.attributes['person-group-type'] ?? 'author') === 'author') ??
    (groups.length === 0 ? citation : undefined);
  if (!group) return [];
  const people = group === citation ? citation.children.filter(isElement) : group.children.filter(isElement);
  return people.flatMap((person) => {
    if (person.name === 'collab') return [{ family: textOf(person), given: null }];
    if (person.name !== 'name' && person.name !== 'string-name') return [];
    const family = first(person, 'surname');
    if (!family) return [];
    return [{ family, given: first(person, 'given-names') }];
  });
}

/**
 * The fields stated for the work: the tagged ones, less an "et al" some lists tag as a name, and
 * with the elocation-id an online journal gives for pages. The entry's line is still written from
 * the tags as they are (taggedFields): a work without a DOI takes its id from that line, which
 * must not change when the fields are read better (docs/decisions/026-stable-work-ids.md).
 */
function statedFields(citation: XmlElement, tagged: SourceReferenceFields): SourceReferenceFields {
  return {
    ...tagged,
    authors: (tagged.authors ?? []).filter((a) => !/^et\.? al\.?$/i.test(a.family)),
    pages: tagged.pages ?? first(citation, 'elocation-id'),
  };
}

function taggedFields(citation: XmlElement): SourceReferenceFields {
  const articleTitle = first(citation, 'article-title') ?? first(citation, 'chapter-title');
  const source = first(citation, 'source');
  const fpage = first(citation, 'fpage');
  const lpage = first(citation, 'lpage');
  const year = /(\d{4})([a-z])?/.exec(first(citation, 'year') ?? '');
  const link = descendantsNamed(citation, 'ext-link')[0] ?? descendantsNamed(citation, 'uri')[0];
  const url = link ? (link.attributes['xlink:href'] ?? textOf(link)) || null : null;
  return {
    authors: authorsOf(citation),
    year: year ? Number(year[1]) : null,
    yearSuffix: year?.[2] ?? null,
    title: articleTitle ?? source,
    container: articleTitle ? source : null,
    volume: first(citation, 'volume'),
    issue: first(citation, 'issue'),
    pages: fpage ? (lpage && lpage !== fpage ? `${fpage}-${lpage}` : fpage) : null,
    doi: pubId(citation, 'doi')?.toLowerCase() ?? null,
    pmid: pubId(citation, 'pmid'),
    url,
  };
}

/**
 * A mixed citation's text as written, except its names: JATS writes `<surname>Burks</surname>
 * <given-names>C</given-names>` with nothing between them, which reads "Burks C".
 */
function entryLine(citation: XmlElement): string {
  const parts: string[] = [];
  const walk = (node: XmlNode) => {
    if (typeof node === 'string') parts.push(node);
    else if (node.name === 'name' || node.name === 'string-name') {
      parts.push(node.children.map((c) => (typeof c === 'string' ? c : ` ${textOf(c)} `)).join(''));
    } else for (const c of node.children) walk(c);
  };
  walk(citation);
  return parts
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:])/g, '$1')
    .trim();
}

/**
 * An element-citation's tags carry no punctuation between them; its line is written from its
 * fields in the Vancouver order, so that it reads as an entry (and the entry parser can read it).
 */
function lineOf(citation: XmlElement, fields: SourceReferenceFields): string {
  if (citation.name === 'mixed-citation' || citation.name === 'citation') return entryLine(citation);
  const parts = [
    (fields.authors ?? []).map((a) => (a.given ? `${a.family} ${a.given}` : a.family)).join(', '),
    fields.year ? `(${fields.year})` : '',
    fields.title ? `${fields.title.replace(/[.?!]$/, '')}.` : '',
    fields.container ? `${fields.container}` : '',
    fields.volume ? `${fields.volume}${fields.issue ? `(${fields.issue})` : ''}` : '',
    fields.pages ? `: ${fields.pages}.` : '',
    fields.doi ? `doi:${fields.doi}` : '',
    fields.url && !fields.doi ? fields.url : '',
  ].filter((p) => p !== '');
  const line = parts.join(' ').replace(/ :/g, ':');
  return line === '' ? textOf(citation) : line;
}

export function readReferences(refLists: XmlElement[]): JatsReferences {
  const references: SourceReference[] = [];
  const indexById = new Map<string, number>();
  const refs = refLists.flatMap((list) => descendantsNamed(list, 'ref'));
  for (const ref of refs) {
    const position = references.length + 1;
    const label = NUMERIC_LABEL.exec(textOf(childNamed(ref, 'label') ?? ''))?.[1];
    const citation = ref.children.filter(isElement).find((c) => CITATIONS.includes(c.name));
    const tagged = citation ? taggedFields(citation) : undefined;
    const fields = citation && tagged ? statedFields(citation, tagged) : undefined;
    const raw = citation && tagged ? lineOf(citation, tagged) : textOf(ref);
    const id = ref.attributes.id;
    if (id !== undefined) indexById.set(id, references.length);
    references.push({
      number: label ? Number(label) : position,
      raw,
      line: ref.line,
      ...(fields ? { fields } : {}),
    });
  }
  return { references, indexById };
}
