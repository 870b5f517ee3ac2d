import { SaxesParser } from 'saxes';

/**
 * Which Word table rows are really header rows. A row is a header when its properties hold
 * `<w:tblHeader/>` ("repeat as header row"), switched on: no `w:val`, or true/on/1. Writers also
 * write the switch turned off (`w:val="off"`, "false", "0"; the `docx` package does so for every
 * body row), and mammoth takes any `<w:tblHeader>` for a header, so a whole table of such rows
 * became one header of no claims. The rows are read here, in document order, from the XML.
 */
const OFF = new Set(['false', 'off', '0']);

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * For each row of a Word part that carries a `<w:tblHeader>` in its own properties, in document
 * order, whether it is switched on. Rows mammoth leaves out are left out here too: deleted rows
 * (`<w:del>` in the row's properties) and the `mc:Choice` side of alternate content (mammoth reads
 * the fallback). One streaming pass, no tree.
 */
export function scanHeaderRows(xml: string): boolean[] {
  const parser = new SaxesParser({ xmlns: false });
  const flags: boolean[] = [];
  let depth = 0;
  /** Depth of the open `mc:Choice`, whose rows mammoth never reads; -1 when none is open. */
  let choiceDepth = -1;
  /** Depth of the open row properties (`w:trPr`) and what they say; -1 when none is open. */
  let propsDepth = -1;
  let header: boolean | null = null;
  let deleted = false;
  parser.on('opentag', (tag) => {
    depth++;
    const name = local(tag.name);
    if (choiceDepth >= 0) return;
    if (name === 'Choice') {
      choiceDepth = depth;
      return;
    }
    if (name === 'trPr' && propsDepth < 0) {
      propsDepth = depth;
      header = null;
      deleted = false;
    } else if (depth === propsDepth + 1 && propsDepth >= 0) {
      if (name === 'tblHeader') {
        const val = Object.entries(tag.attributes).find(([key]) => local(key) === 'val')?.[1];
        header = val === undefined || !OFF.has(String(val).trim().toLowerCase());
      } else if (name === 'del') deleted = true;
    }
  });
  parser.on('closetag', () => {
    if (depth === choiceDepth) choiceDepth = -1;
    else if (depth === propsDepth) {
      if (header !== null && !deleted) flags.push(header);
      propsDepth = -1;
    }
    depth--;
  });
  let failure: Error | null = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.write(xml).close();
  if (failure) throw failure;
  return flags;
}

interface DocNode {
  type?: string;
  isHeader?: boolean;
  children?: DocNode[];
}

/**
 * A mammoth document transform that sets each header-marked row to what its XML says. Mammoth's
 * header rows are matched to the scanned ones in document order; when the two counts differ
 * (content mammoth reads in a way the scan does not foresee), mammoth's reading is kept whole,
 * rather than risk shifting the flags onto the wrong rows.
 */
export function headerRowsTransform(flags: boolean[]): <T>(document: T) => T {
  return (document) => {
    const rows: DocNode[] = [];
    // Pre-order, as the XML: a row comes before the rows of a table nested in its cells.
    const stack: DocNode[] = [document as DocNode];
    while (stack.length > 0) {
      const node = stack.pop() as DocNode;
      if (node.type === 'tableRow' && node.isHeader) rows.push(node);
      if (node.children) stack.push(...[...node.children].reverse());
    }
    if (rows.length !== flags.length) return document;
    rows.forEach((row, i) => {
      row.isHeader = flags[i] as boolean;
    });
    return document;
  };
}
