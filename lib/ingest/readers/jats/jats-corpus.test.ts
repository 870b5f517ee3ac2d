import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { isArticleParseError } from '../../errors';
import { parseArticleBytes } from '../../parse-article';
import { readJats } from './read-jats';

/**
 * The JATS reader against the 51 real articles of eval/corpus/jats, each checked against a count
 * made here with another XML parser (xmldom's DOM): every `<xref ref-type="bibr">` of the
 * abstract, body and floats with each of its rids resolved to its `<ref>` (a numeric label, else
 * its position in the list), a range written "[1]–[3]" as two callouts naming the refs between.
 */
const CORPUS = 'eval/corpus/jats';
const files = ['plos', 'elife'].flatMap((folder) =>
  readdirSync(join(CORPUS, folder))
    .filter((name) => name.endsWith('.xml'))
    .map((name) => join(CORPUS, folder, name)),
);

const ELEMENT = 1;
const TEXT = 3;
const DASHES = ['-', '–', '—', '−'];
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

function elements(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagName(name));
}

/** Whether the reader is to read this element: not in <back>, a sub-article, or <front> outside an abstract. */
function isRead(element: Element): boolean {
  let inAbstract = false;
  for (let n: Node | null = element.parentNode; n && n.nodeType === ELEMENT; n = n.parentNode) {
    const name = (n as Element).tagName;
    if (name === 'abstract') inAbstract = true;
    if (name === 'back' || name === 'sub-article' || name === 'response') return false;
    if (name === 'front' && !inAbstract) return false;
  }
  return true;
}

interface Truth {
  numbers: number[];
  callouts: string[];
}

function truthOf(xml: string): Truth {
  const article = new DOMParser().parseFromString(xml, 'text/xml').documentElement as Element;
  const back = elements(article, 'back')[0];
  const refs = back ? elements(back, 'ref') : [];
  const numbers = refs.map((ref, i) => {
    const label = Array.from(ref.childNodes).find((c) => (c as Element).tagName === 'label');
    const digits = fold(label?.textContent ?? '').replace(/^\[|[.\]]$/g, '');
    return /^\d+$/.test(digits) ? Number(digits) : i + 1;
  });
  const position = new Map(refs.map((ref, i) => [ref.getAttribute('id') ?? '', i]));
  const isBibr = (n: Node | null): n is Element =>
    n?.nodeType === ELEMENT &&
    (n as Element).tagName === 'xref' &&
    (n as Element).getAttribute('ref-type') === 'bibr';
  const callouts: string[] = [];
  for (const xref of elements(article, 'xref').filter((x) => isBibr(x) && isRead(x))) {
    const indices = (xref.getAttribute('rid') ?? '')
      .split(/\s+/)
      .flatMap((id) => (position.has(id) ? [position.get(id) as number] : []));
    const dash = xref.previousSibling;
    const before = dash?.previousSibling ?? null;
    if (dash?.nodeType === TEXT && DASHES.includes(fold(dash.nodeValue ?? '')) && isBibr(before)) {
      const from = Math.max(
        ...(before.getAttribute('rid') ?? '').split(/\s+/).map((id) => position.get(id) ?? Number.NaN),
      );
      const to = Math.min(...indices);
      for (let i = to - 1; i > from; i--) indices.unshift(i);
    }
    if (indices.length > 0)
      callouts.push(`${fold(xref.textContent ?? '')} → ${indices.map((i) => numbers[i])}`);
  }
  return { numbers, callouts: callouts.sort() };
}

describe(`the JATS reader on the ${files.length} articles of ${CORPUS}`, () => {
  it('holds the whole corpus', () => {
    expect(files).toHaveLength(51);
  });

  it.each(files)('%s: every callout and every entry, as another parser counts them', (file) => {
    const xml = readFileSync(file, 'utf8');
    const truth = truthOf(xml);
    const doc = readJats(xml);
    const callouts = doc.blocks
      .flatMap((b) => (b.citations ?? []).map((c) => `${b.text.slice(c.start, c.end)} → ${c.targets}`))
      .sort();
    expect(callouts).toEqual(truth.callouts);
    expect(doc.references?.map((r) => r.number) ?? []).toEqual(truth.numbers);
    for (const reference of doc.references ?? []) expect(reference.raw).not.toBe('');
  });

  it.each(files)('%s: becomes a graph document, or is refused for a stated reason', async (file) => {
    const bytes = readFileSync(file);
    const truth = truthOf(bytes.toString('utf8'));
    try {
      const graph = await parseArticleBytes(bytes, { slug: 'corpus-article', name: file });
      expect(graph.references.filter((r) => r.listed)).toHaveLength(new Set(truth.numbers).size);
    } catch (error) {
      // A notice (a correction, a retraction) lists the article it is about and cites nothing.
      if (!isArticleParseError(error)) throw error;
      expect(error.code).toBe('no_markers');
      expect(truth.callouts).toEqual([]);
    }
  });
});
