import { mostlyReferences } from '../reference-list';
import { tag } from './html-element';
import { preformattedEntries } from './html-preformatted-entries';

/**
 * Pages written as plain text wrapped in <PRE>, each section's title a bold line above its block,
 * as the SLICOT and other Fortran libraries' manuals and old generated documentation are:
 *
 *   <A name="Method"><B><FONT SIZE="+1">Method</FONT></B></A>
 *   <PRE>
 *     … a fast least-squares algorithm derived from a
 *     QR decomposition, as described in references [1] and [2] …
 *   </PRE>
 *
 * Where other <pre> are code, this one is the page's prose. Rewritten in place before the page is
 * read: a <pre> that reads as prose becomes one <p> per paragraph (lines parted by a blank line),
 * and a bold line alone right above a <pre> becomes a heading, so a "References" title heads its
 * list and the entries in its <pre> are read as a list under a heading is (html-preformatted-entries.ts).
 */

const TITLE_LENGTH = 60;
/** Words of prose: lower-case, a stop or comma at most after them. */
const PROSE_WORD = /^[a-z][a-z'’-]*[,.;:)]?$/;
/**
 * Marks of a line of code: a brace closing it, an empty call, an assignment or comparison of R or
 * C, a prompt, an import. Not a semicolon: a manual's enumerations end their lines with one.
 */
const CODE_LINE =
  /[{}]\s*$|\(\)|<-|==|\+=|^\s*(?:#include|>>>|\$ |import |from \S+ import|def |function |library\(|print\()/;
const SENTENCE_END = /[a-z)]\.(?:\s|$)/;

const WORD = /^\p{L}/u;

/**
 * Whether a block of preformatted text is prose: of its words (tokens opening with a letter), half
 * or more plain lower-case words, a sentence's end, few lines of code. Fortran's upper-case
 * declarations and an example program's statements fall far below; a reference list, mostly
 * names, is told apart by the caller.
 */
export function readsAsProse(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => WORD.test(w));
  if (words.length < 12) return false;
  const prose = words.filter((w) => PROSE_WORD.test(w)).length;
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const code = lines.filter((line) => CODE_LINE.test(line)).length;
  return prose * 2 >= words.length && code * 5 < lines.length && SENTENCE_END.test(text);
}

/** An element that may hold a title and nothing else: an anchor (not a link: a page's navigation is), a paragraph, a font. */
const isWrapper = (el: Element) =>
  ['p', 'font'].includes(tag(el)) || (tag(el) === 'a' && !el.hasAttribute('href'));

const isBlank = (node: ChildNode) => node.nodeType === 3 && (node.textContent ?? '').trim() === '';

/** The element's children but white space, or null when it holds text of its own besides them. */
function onlyChild(el: Element): Element | null {
  const kept = [...el.childNodes].filter((node) => !isBlank(node));
  const [only] = kept;
  return kept.length === 1 && only?.nodeType === 1 ? (only as Element) : null;
}

/** The text of a bold title standing alone: `<b>`, `<strong>`, maybe in an anchor or a <p>, maybe with a <font> in it. */
function titleText(el: Element): string | null {
  let inner: Element | null = el;
  while (inner && isWrapper(inner)) inner = onlyChild(inner);
  if (!inner || !['b', 'strong'].includes(tag(inner))) return null;
  const text = (inner.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > TITLE_LENGTH || /[.,;]$/.test(text)) return null;
  return text;
}

/** The sibling element on one side that holds anything, skipping empty paragraphs. */
function siblingHolding(el: Element, side: 'previous' | 'next'): Element | null {
  const step = (e: Element) => (side === 'next' ? e.nextElementSibling : e.previousElementSibling);
  let sibling = step(el);
  while (sibling && tag(sibling) === 'p' && (sibling.textContent ?? '').trim() === '')
    sibling = step(sibling);
  return sibling;
}

/** Whether a title stands over a <pre>, directly or over another title that does. */
function titlesPre(el: Element, depth = 0): boolean {
  const next = siblingHolding(el, 'next');
  if (!next || depth > 3) return false;
  if (tag(next) === 'pre') return true;
  return titleText(next) !== null && titlesPre(next, depth + 1);
}

export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '');
}

/**
 * Rewrites, in place, the bold titles over <pre> blocks as headings, and the prose of such titled
 * blocks as paragraphs. Only a <pre> under a title of its own is read so: elsewhere a <pre> is code
 * or a program's output, however much it reads like prose ("Warning: There were 4 divergent
 * transitions after warmup.").
 */
export function spellOutPreformattedProse(root: Element): void {
  const pres = [...root.getElementsByTagName('pre')];
  if (pres.length === 0) return;
  spellOutTermedBlocks(pres);
  const document = root.ownerDocument;
  const titled = pres.filter((pre) => {
    const previous = siblingHolding(pre, 'previous');
    return previous !== null && titleText(previous) !== null;
  });
  if (titled.length === 0) return;
  for (const el of [...root.querySelectorAll('b, strong')]) {
    // The outermost element that holds only this title: its anchor, its paragraph.
    let holder: Element = el;
    while (
      holder.parentElement &&
      holder.parentElement !== root &&
      onlyChild(holder.parentElement) === holder
    ) {
      if (!isWrapper(holder.parentElement)) break;
      holder = holder.parentElement;
    }
    const text = titleText(holder);
    if (text === null || !titlesPre(holder)) continue;
    const heading = document.createElement('h3');
    heading.textContent = text;
    holder.replaceWith(heading);
  }
  for (const pre of titled) {
    const text = pre.textContent ?? '';
    if (!readsAsProse(text)) continue;
    const parts = paragraphsOf(text);
    // A list of works set in <pre> is read as a list (html-preformatted-entries.ts), not as prose.
    if (mostlyReferences(parts)) continue;
    const paragraphs = parts.map((part) => {
      const p = document.createElement('p');
      p.textContent = part;
      return p;
    });
    pre.replaceWith(...paragraphs);
  }
}

/**
 * Doxygen's sections from Fortran comments, as LAPACK's pages give them: a term over a definition
 * that holds only preformatted text (`<dt>Further Details:</dt><dd><pre>  The rotations are
 * implemented as … of Anda and Park [1]. …</pre></dd>`, `<dt>References:</dt><dd><pre> [1] A. A.
 * Anda and H. Park: … [2] P. P. M. De Rijk: …</pre></dd>`). The term titles the block: its prose
 * becomes paragraphs, and a list of two works or more one paragraph per entry, which the list
 * term then heads. Code and tables of values in such a block stay preformatted.
 */
const ENTRY_FIRST = /^\s*(?:\[\d{1,4}\]|\d{1,4}[.)])\s/;

function spellOutTermedBlocks(pres: Element[]): void {
  for (const pre of pres) {
    const dd = pre.parentElement;
    if (!dd || tag(dd) !== 'dd' || onlyChild(dd) !== pre) continue;
    const dt = dd.previousElementSibling;
    const title = (dt?.textContent ?? '').trim();
    if (!dt || tag(dt) !== 'dt' || title === '' || title.length > TITLE_LENGTH) continue;
    const text = pre.textContent ?? '';
    // Only a block that opens with its first entry is a list: prose that ends with one keeps its
    // paragraphs, the entries among them.
    const entries = ENTRY_FIRST.test(text) ? preformattedEntries(text) : [];
    const parts =
      entries.length >= 2 && mostlyReferences(entries)
        ? entries
        : readsAsProse(text)
          ? paragraphsOf(text)
          : [];
    if (parts.length === 0) continue;
    const document = pre.ownerDocument;
    pre.replaceWith(
      ...parts.map((part) => {
        const p = document.createElement('p');
        p.textContent = part;
        return p;
      }),
    );
  }
}
