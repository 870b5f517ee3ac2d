import { decodeHTMLStrict } from 'entities';
import { SaxesParser } from 'saxes';
import { ArticleParseError } from '../../errors';

/**
 * A JATS file as a small element tree, read by saxes in one pass. The tree (names, attributes,
 * text, the line each element starts on) is what the reader needs to look ahead (a range written
 * as two callouts) and back (callouts resolved against a reference list that comes after the
 * body); it is a fraction of a DOM's size.
 *
 * Nothing is fetched: saxes never reads a DTD. A DOCTYPE that declares entities of its own is
 * refused (the "billion laughs" expansion needs them); named character references such as
 * `&ndash;`, which the JATS DTD declares as single characters and real files use, are looked up
 * in the HTML character table and expand to one or two characters, never to markup.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  line: number;
}

export type XmlNode = XmlElement | string;

/**
 * Real articles nest elements a few dozen deep; the tree is walked recursively, so a file nested
 * thousands deep (made to exhaust the stack) is refused before it is walked.
 */
export const MAX_XML_DEPTH = 256;

function malformed(problem: string): ArticleParseError {
  return new ArticleParseError('malformed', [problem]);
}

/** A character entity's text, or undefined for a name that is not one. */
function characterEntity(name: string): string | undefined {
  const reference = `&${name};`;
  const decoded = decodeHTMLStrict(reference);
  return decoded === reference ? undefined : decoded;
}

export function parseXmlTree(text: string): XmlElement {
  const parser = new SaxesParser({ position: true });
  const known = parser.ENTITIES;
  parser.ENTITIES = new Proxy(known, {
    get: (target, name) => (typeof name === 'string' ? (target[name] ?? characterEntity(name)) : undefined),
  });
  const root: XmlElement = { name: '#document', attributes: {}, children: [], line: 1 };
  const stack: XmlElement[] = [root];
  let failure: Error | null = null;
  parser.on('doctype', (doctype) => {
    if (doctype.includes('<!ENTITY')) {
      throw malformed('Its DOCTYPE declares entities of its own, which are refused (entity expansion).');
    }
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      line: parser.line,
    };
    stack[stack.length - 1]?.children.push(element);
    stack.push(element);
    if (stack.length > MAX_XML_DEPTH) {
      throw malformed(`Its elements nest more than ${MAX_XML_DEPTH} deep (line ${parser.line}).`);
    }
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (value: string) => {
    stack[stack.length - 1]?.children.push(value);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (error) => {
    failure ??= error;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof ArticleParseError) throw error;
    failure ??= error instanceof Error ? error : new Error(String(error));
  }
  if (failure) throw malformed(`It is not well-formed XML: ${(failure as Error).message}`);
  const article = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (article?.name !== 'article') {
    throw malformed(`It is XML but not a JATS article: its root element is <${article?.name ?? 'none'}>.`);
  }
  return article;
}

export const isElement = (node: XmlNode | undefined): node is XmlElement =>
  node !== undefined && typeof node !== 'string';

/** The element children of `element` named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => isElement(c) && c.name === name);
}

export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return childrenNamed(element, name)[0];
}

/** Every descendant named `name`, in document order, not looking inside a match. */
export function descendantsNamed(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.name === name) found.push(c);
      else walk(c);
    }
  };
  walk(element);
  return found;
}

/** The element's text with its white space folded to single spaces. */
export function textOf(node: XmlNode): string {
  const parts: string[] = [];
  const walk = (n: XmlNode) => {
    if (typeof n === 'string') parts.push(n);
    else for (const c of n.children) walk(c);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
