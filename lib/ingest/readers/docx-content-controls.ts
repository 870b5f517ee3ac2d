import type { CitationField, CslItem, FieldScan } from './docx-fields';

/**
 * Mendeley Cite, the Word add-in that replaced Mendeley Desktop's fields, writes each citation
 * as a content control instead of a field:
 *
 *   <w:sdt><w:sdtPr><w:tag w:val="MENDELEY_CITATION_v3_eyJjaXRhdGlvbklEIjo…"/>…</w:sdtPr>
 *   <w:sdtContent><w:r><w:t>(Walker, 2009)</w:t></w:r></w:sdtContent></w:sdt>
 *
 * the tag holding, after its prefix, the citation as base64 JSON in the CSL shape Mendeley's
 * fields use (`citationItems[].itemData`), and the bibliography as a content control tagged
 * MENDELEY_BIBLIOGRAPHY whose paragraphs are the entries. mammoth reads a control's content as
 * text; this reads its tag, in the same streaming pass as the fields (docx-fields.ts).
 *
 * A tag longer than `maxChars`, not base64 or not such JSON is skipped and counted, as a field
 * is; controls nested deeper than MAX_DEPTH are not tracked.
 */
const CITATION_TAG = /^MENDELEY_CITATION_(?:v\d+_)?/;
const BIBLIOGRAPHY_TAG = 'MENDELEY_BIBLIOGRAPHY';
const MAX_DEPTH = 32;

interface OpenControl {
  tag: string | null;
  result: string;
  before: string;
  content: boolean;
}

export interface ContentControls {
  open(name: string, attributes: Record<string, unknown>, before: string): void;
  close(name: string): void;
  visible(text: string): void;
  /** A paragraph ended: inside a bibliography control, it was an entry. */
  paragraphEnd(): void;
}

/** Reads the tracked controls into `out`; `items` reads a CSL citation's JSON. */
export function contentControls(
  out: FieldScan,
  items: (json: unknown) => CslItem[] | null,
  maxChars: number,
): ContentControls {
  const open: OpenControl[] = [];
  let untracked = 0;
  let entry = '';
  const inBibliography = () => open.some((c) => c.content && c.tag === BIBLIOGRAPHY_TAG);
  const citationOf = (control: OpenControl): CitationField | null | 'skipped' => {
    const tag = control.tag ?? '';
    const prefix = CITATION_TAG.exec(tag);
    if (!prefix) return null;
    const data = tag.slice(prefix[0].length);
    if (data.length > maxChars || !/^[A-Za-z0-9+/]+={0,2}$/.test(data)) return 'skipped';
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(data, 'base64').toString('utf8'));
    } catch {
      return 'skipped';
    }
    const read = items(json);
    if (read === null) return 'skipped';
    const result = control.result.replace(/\s+/g, ' ').trim();
    return read.length > 0 && result !== '' ? { result, before: control.before, items: read } : null;
  };
  return {
    open(name, attributes, before) {
      if (name === 'sdt') {
        if (open.length >= MAX_DEPTH) untracked++;
        else open.push({ tag: null, result: '', before: '', content: false });
        return;
      }
      const top = untracked === 0 ? open[open.length - 1] : undefined;
      if (!top || top.content) return;
      if (name === 'tag') top.tag = String(attributes['w:val'] ?? '');
      else if (name === 'sdtContent') {
        top.content = true;
        top.before = before.slice(-40);
        if (top.tag === BIBLIOGRAPHY_TAG) out.bibliography ??= [];
      }
    },
    close(name) {
      if (name !== 'sdt') return;
      if (untracked > 0) {
        untracked--;
        return;
      }
      const control = open.pop();
      if (!control) return;
      const citation = citationOf(control);
      if (citation === 'skipped') out.skipped++;
      else if (citation) out.citations.push(citation);
    },
    visible(text) {
      for (const control of open) if (control.content && control.result.length < 4096) control.result += text;
      if (inBibliography()) entry += text;
    },
    paragraphEnd() {
      const text = entry.replace(/\s+/g, ' ').trim();
      entry = '';
      if (text === '' || !inBibliography()) return;
      out.bibliography ??= [];
      out.bibliography.push(text);
    },
  };
}
