import { SaxesParser } from 'saxes';
import type { SourceReferenceFields } from '../document/source-document';
import { contentControls } from './docx-content-controls';
import { decodeFieldData, endnoteItems } from './docx-endnote';

/**
 * Zotero, Mendeley and EndNote citation fields in a Word part (word/document.xml, footnotes.xml,
 * endnotes.xml). Each writes a citation as a complex field, which mammoth reads as its visible
 * result only:
 *
 *   <w:fldChar w:fldCharType="begin"/> <w:instrText> ADDIN ZOTERO_ITEM CSL_CITATION {json}
 *   </w:instrText> <w:fldChar w:fldCharType="separate"/> <w:t>(Walker, 2009)</w:t>
 *   <w:fldChar w:fldCharType="end"/>
 *
 * Mendeley writes "ADDIN CSL_CITATION {json}". The JSON's `citationItems[].itemData` is CSL-JSON
 * (title, author, issued, DOI, container-title...). EndNote writes "ADDIN EN.CITE <EndNote>…",
 * its XML in the instruction or base64 in a nested "ADDIN EN.CITE.DATA" field's <w:fldData>
 * (docx-endnote.ts). The bibliography is a field too ("ADDIN ZOTERO_BIBL ... CSL_BIBLIOGRAPHY",
 * "ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY", "ADDIN EN.REFLIST") whose result is one
 * paragraph per entry. Mendeley Cite's content controls are read in the same pass
 * (docx-content-controls.ts). An instruction may be split over many <w:instrText>
 * runs; fields nest; a field may also be a <w:fldSimple w:instr="...">.
 *
 * One streaming pass of saxes over the part, no tree: each text node is appended once, so the
 * scan is linear in the part's size. An instruction (or field data) longer than
 * MAX_INSTRUCTION_CHARS, or whose JSON or XML does not parse, is skipped and counted: its visible
 * text is still read by mammoth.
 */
export const MAX_INSTRUCTION_CHARS = 512 * 1024;
/** Fields nested deeper than this are not tracked (their text is still read). */
const MAX_FIELD_DEPTH = 32;

export interface CslItem {
  /** A key naming the cited work across fields: its URI, else its id, else its title. */
  key: string;
  fields: SourceReferenceFields;
}

export interface CitationField {
  /** The field's visible result ("(Walker, 2009)", "[1]"), as Word shows it. */
  result: string;
  /** Up to 40 characters of the paragraph's text just before the field, to place it. */
  before: string;
  items: CslItem[];
}

export interface FieldScan {
  citations: CitationField[];
  /** The bibliography field's entries, one per paragraph; null when the part has none. */
  bibliography: string[] | null;
  /** Citation fields whose instruction was too long or not JSON, left to the visible text. */
  skipped: number;
}

type FieldKind = 'citation' | 'bibliography' | 'other';

interface OpenField {
  instruction: string;
  overflow: boolean;
  /** Base64 data of the field's begin (<w:fldData>), EndNote's for "EN.CITE.DATA". */
  data: string;
  /** EndNote XML a nested "EN.CITE.DATA" field handed to this one. */
  nestedXml: string | null;
  phase: 'instruction' | 'result';
  kind: FieldKind;
  items: CslItem[] | null;
  result: string;
  before: string;
}

const CITATION_INSTRUCTION = /^\s*ADDIN\s+(?:(?:ZOTERO_ITEM\s+)?CSL_CITATION\b|EN\.CITE(?!\.)\b)/;
const ENDNOTE_CITATION = /^\s*ADDIN\s+EN\.CITE(?!\.)\b/;
const ENDNOTE_DATA = /^\s*ADDIN\s+EN\.CITE\.DATA\b/;
const BIBLIOGRAPHY_INSTRUCTION = /^\s*ADDIN\s+(?:ZOTERO_BIBL\b|Mendeley\s+Bibliography\b|EN\.REFLIST\b)/;

export const collapse = (text: string) => text.replace(/\s+/g, ' ');

function kindOf(instruction: string): FieldKind {
  if (CITATION_INSTRUCTION.test(instruction)) return 'citation';
  if (BIBLIOGRAPHY_INSTRUCTION.test(instruction)) return 'bibliography';
  return 'other';
}

const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== ''
    ? collapse(value).trim()
    : typeof value === 'number'
      ? String(value)
      : null;

/** The year of a CSL date: `{"date-parts": [[2009, 5]]}`, or a year in its `raw`/`literal`. */
function cslYear(issued: unknown): number | null {
  if (!issued || typeof issued !== 'object') return null;
  const date = issued as { 'date-parts'?: unknown; raw?: unknown; literal?: unknown };
  const parts = Array.isArray(date['date-parts']) ? date['date-parts'][0] : null;
  const first = Array.isArray(parts) ? Number(parts[0]) : Number.NaN;
  if (Number.isInteger(first) && first >= 1000 && first <= 2999) return first;
  const text = str(date.raw) ?? str(date.literal) ?? '';
  const m = /\b(1\d{3}|2\d{3})\b/.exec(text.slice(0, 100));
  return m ? Number(m[1]) : null;
}

/** A CSL-JSON item's fields as the reference entry states them. */
export function cslFields(data: Record<string, unknown>): SourceReferenceFields {
  const people = Array.isArray(data.author) ? data.author.slice(0, 500) : [];
  const authors = people.flatMap((p: unknown) => {
    if (!p || typeof p !== 'object') return [];
    const person = p as Record<string, unknown>;
    const family = str(person.family) ?? str(person.literal);
    return family ? [{ family, given: str(person.given) }] : [];
  });
  const doi = str(data.DOI)?.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s?)/i, '') ?? null;
  return {
    ...(authors.length > 0 ? { authors } : {}),
    year: cslYear(data.issued),
    title: str(data.title),
    container: str(data['container-title']) ?? str(data.publisher),
    volume: str(data.volume),
    issue: str(data.issue),
    pages: str(data.page),
    doi,
    pmid: str(data.PMID),
    url: str(data.URL),
  };
}

/** The items of a citation instruction, or null when its JSON is too long or unreadable. */
export function citationItems(instruction: string): CslItem[] | null {
  const brace = instruction.indexOf('{');
  if (brace < 0 || instruction.length > MAX_INSTRUCTION_CHARS) return null;
  let json: unknown;
  try {
    json = JSON.parse(instruction.slice(brace));
  } catch {
    return null;
  }
  return cslCitationItems(json);
}

/** A CSL citation's `citationItems` (Zotero's and Mendeley's JSON), or null when it has none. */
export function cslCitationItems(json: unknown): CslItem[] | null {
  const list = (json as { citationItems?: unknown } | null)?.citationItems;
  if (!Array.isArray(list)) return null;
  const items: CslItem[] = [];
  for (const entry of list.slice(0, 500)) {
    if (!entry || typeof entry !== 'object') continue;
    const item = entry as { itemData?: unknown; uris?: unknown; uri?: unknown; id?: unknown };
    const data =
      item.itemData && typeof item.itemData === 'object' ? (item.itemData as Record<string, unknown>) : {};
    const fields = cslFields(data);
    const uri = Array.isArray(item.uris) ? str(item.uris[0]) : str(item.uri);
    const key = uri ?? str(item.id) ?? str(data.id) ?? fields.title;
    if (key === null || key === undefined) continue;
    items.push({ key, fields });
  }
  return items;
}

/** A citation field's items: CSL JSON (Zotero, Mendeley) or EndNote XML, inline or nested. */
function fieldItems(field: OpenField): CslItem[] | null {
  if (!ENDNOTE_CITATION.test(field.instruction)) return citationItems(field.instruction);
  const xml = field.nestedXml ?? field.instruction;
  return xml.length > MAX_INSTRUCTION_CHARS ? null : endnoteItems(xml);
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Reads one Word XML part's citation fields and bibliography in one pass. */
export function scanFields(xml: string): FieldScan {
  const parser = new SaxesParser({ xmlns: false });
  const out: FieldScan = { citations: [], bibliography: null, skipped: 0 };
  const fields: OpenField[] = [];
  /** Fields past MAX_FIELD_DEPTH: counted so their ends close nothing tracked. */
  let untracked = 0;
  let paragraph = '';
  let bibliographyText = '';
  /** Which text element is open: visible text, an instruction, field data, or neither. */
  let inText: 'text' | 'instruction' | 'data' | null = null;

  const controls = contentControls(out, cslCitationItems, MAX_INSTRUCTION_CHARS);
  const resultFields = () => fields.filter((f) => f.phase === 'result');
  const flushBibliography = () => {
    const entry = collapse(bibliographyText).trim();
    if (entry !== '') {
      out.bibliography ??= [];
      out.bibliography.push(entry);
    }
    bibliographyText = '';
  };
  const appendVisible = (text: string) => {
    controls.visible(text);
    paragraph += text;
    if (paragraph.length > 4096) paragraph = paragraph.slice(-2048);
    for (const field of fields) {
      if (field.phase !== 'result') continue;
      if (field.kind === 'citation' && field.result.length < 4096) field.result += text;
      if (field.kind === 'bibliography') bibliographyText += text;
    }
  };
  const separate = (field: OpenField) => {
    field.phase = 'result';
    field.kind = kindOf(field.instruction);
    field.before = paragraph.slice(-40);
    if (field.kind === 'citation') {
      field.items = field.overflow ? null : fieldItems(field);
      if (field.items === null) out.skipped++;
    }
    if (field.kind === 'bibliography') out.bibliography ??= [];
  };
  const end = (field: OpenField) => {
    if (ENDNOTE_DATA.test(field.instruction)) {
      // EndNote's data field, nested in the citation field it serves, which is still open.
      const parent = fields[fields.length - 1];
      const xml = field.overflow ? null : decodeFieldData(field.data);
      if (parent?.phase === 'instruction') parent.nestedXml = xml ?? '';
      return;
    }
    if (field.phase === 'instruction') separate(field); // a field with no result
    if (field.kind === 'citation' && field.items && field.items.length > 0) {
      const result = collapse(field.result).trim();
      if (result !== '') out.citations.push({ result, before: field.before, items: field.items });
    }
    if (field.kind === 'bibliography') flushBibliography();
  };
  const begin = (instruction: string | null) => {
    if (fields.length >= MAX_FIELD_DEPTH) {
      untracked++;
      return null;
    }
    const field: OpenField = {
      instruction: instruction ?? '',
      overflow: false,
      data: '',
      nestedXml: null,
      phase: 'instruction',
      kind: 'other',
      items: null,
      result: '',
      before: '',
    };
    fields.push(field);
    if (instruction !== null) separate(field);
    return field;
  };

  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    controls.open(name, tag.attributes, paragraph);
    if (name === 't') inText = 'text';
    else if (name === 'instrText') inText = 'instruction';
    else if (name === 'fldData') inText = 'data';
    else if (name === 'tab' || name === 'br' || name === 'cr') appendVisible(' ');
    else if (name === 'p') paragraph = '';
    else if (name === 'fldSimple') begin(String(tag.attributes['w:instr'] ?? ''));
    else if (name === 'fldChar') {
      const type = tag.attributes['w:fldCharType'];
      if (type === 'begin') begin(null);
      else if (untracked > 0) {
        if (type === 'end') untracked--;
      } else {
        const top = fields[fields.length - 1];
        if (type === 'separate' && top?.phase === 'instruction') separate(top);
        if (type === 'end' && top) end(fields.pop() as OpenField);
      }
    }
  });
  parser.on('closetag', (tag) => {
    const name = local(tag.name);
    if (name === 'p') controls.paragraphEnd();
    controls.close(name);
    if (name === 't' || name === 'instrText' || name === 'fldData') inText = null;
    else if (name === 'p') {
      // A bibliography's entries are its result's paragraphs.
      if (resultFields().some((f) => f.kind === 'bibliography')) flushBibliography();
      paragraph = '';
    } else if (name === 'fldSimple') {
      if (untracked > 0) untracked--;
      else {
        const top = fields.pop();
        if (top) end(top);
      }
    }
  });
  parser.on('text', (text) => {
    if (inText === 'text') appendVisible(text);
    else if (inText === 'instruction' && untracked === 0) {
      const top = fields[fields.length - 1];
      if (top?.phase !== 'instruction') return;
      if (top.instruction.length + text.length > MAX_INSTRUCTION_CHARS) top.overflow = true;
      else top.instruction += text;
    } else if (inText === 'data' && untracked === 0) {
      // <w:fldData> sits in the begin <w:fldChar>: the field it belongs to is the newest.
      const top = fields[fields.length - 1];
      if (top?.phase !== 'instruction') return;
      if (top.data.length + text.length > MAX_INSTRUCTION_CHARS) top.overflow = true;
      else top.data += text;
    }
  });
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.write(xml).close();
  if (failure) throw failure;
  return out;
}
