import { forwardFinder } from '@/lib/text/scan';

/*
 * Reading citation-js's HTML bibliography. The text in it is the user's (titles, names), so each
 * helper is a scanner standing in for a regular expression (quoted above it) that backtracked on a
 * run of "<" or "<div" without a closing ">": the same result, one read of the text.
 */

/** `/<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? ''` */
export function cslEntry(html: string): string {
  const gt = forwardFinder(html, (c) => c === '>');
  for (let i = html.indexOf('<div'); i >= 0; i = html.indexOf('<div', i + 1)) {
    const end = gt(i + 4);
    if (end < 0) return '';
    if (!html.slice(i + 4, end).includes('class="csl-entry"')) continue;
    const close = html.indexOf('</div>', end + 1);
    return close < 0 ? '' : html.slice(end + 1, close);
  }
  return '';
}

/** `html.split(/(<i>[\s\S]*?<\/i>)/)`: plain runs and whole italic runs, in order. */
export function splitItalics(html: string): string[] {
  const parts: string[] = [];
  let last = 0;
  for (let i = html.indexOf('<i>'); i >= 0; i = html.indexOf('<i>', last)) {
    const close = html.indexOf('</i>', i + 3);
    if (close < 0) break;
    parts.push(html.slice(last, i), html.slice(i, close + 4));
    last = close + 4;
  }
  parts.push(html.slice(last));
  return parts;
}

/** `html.replace(/<[^>]+>/g, '')` */
export function stripTags(html: string): string {
  const gt = forwardFinder(html, (c) => c === '>');
  const parts: string[] = [];
  let last = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const end = gt(i + 1);
    if (end < 0) break;
    if (end === i + 1) continue; // "<>" is no tag
    parts.push(html.slice(last, i));
    last = end + 1;
    i = end;
  }
  parts.push(html.slice(last));
  return parts.join('');
}
