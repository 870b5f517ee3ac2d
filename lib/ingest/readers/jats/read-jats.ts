import type { SourceDocument } from '../../document/source-document';
import { BodyReader } from './body';
import { readReferences } from './references';
import { childNamed, childrenNamed, descendantsNamed, parseXmlTree, textOf } from './xml-tree';

/**
 * A JATS article (PubMed Central, PLOS, eLife): its title, its abstract and body as blocks with
 * exact callouts, and its reference list with the fields the tags state. The rest of `<front>`
 * (authors, affiliations, dates) and of `<back>` (acknowledgements, appendices) is not read, nor
 * are sub-articles (an eLife decision letter is another text with its own list).
 */
export function readJats(text: string): SourceDocument {
  const article = parseXmlTree(text);
  const front = childNamed(article, 'front');
  const meta = front ? childNamed(front, 'article-meta') : undefined;
  const titleGroup = meta ? childNamed(meta, 'title-group') : undefined;
  const titleElement = titleGroup ? childNamed(titleGroup, 'article-title') : undefined;
  const back = childNamed(article, 'back');
  const body = childNamed(article, 'body');
  const lists = [back, body].flatMap((part) => (part ? descendantsNamed(part, 'ref-list') : []));
  const refs = readReferences(lists);

  const reader = new BodyReader(refs);
  for (const abstract of meta ? childrenNamed(meta, 'abstract') : []) {
    const title = textOf(childNamed(abstract, 'title') ?? '') || 'Abstract';
    reader.heading(title, 1, abstract.line);
    reader.container(abstract, 1);
  }
  if (body) reader.container(body, 0);
  const floats = childNamed(article, 'floats-group');
  if (floats) reader.container(floats, 0);

  const heading = lists[0] ? textOf(childNamed(lists[0], 'title') ?? '') : '';
  return {
    format: 'jats',
    title: titleElement ? textOf(titleElement) || null : null,
    blocks: reader.blocks,
    references: refs.references.length > 0 ? refs.references : null,
    referencesHeading: lists.length > 0 ? heading || 'References' : null,
  };
}
