import { describe, it } from 'vitest';
import { containsWord } from '@/lib/audit/risk';
import { expectSame, randomStrings } from '@/lib/text/equivalence.test-support';
import { replaceAround } from '@/lib/text/scan';
import { isAbbreviationStop } from './abbreviations';
import { normaliseInitials, parseAuthors } from './authors';
import { isThematicBreak } from './blocks';
import { findMarkers, markerNumbers, stripMarkers } from './markers';
import { normalisePages } from './publication';
import { findParenYear, splitTitle } from './reference-entry';
import { stem } from './stem';

/*
 * The reference-entry readers whose expressions were rewritten, against the code they replaced
 * (copied here as it was): same answers on many short random strings.
 */

describe('authors', () => {
  const OLD_INITIALS = /^(?:(?:[\p{Lu}][\p{Ll}]?\.\s*-?\s*)+|\p{Lu}{1,3})$/u;
  const OLD_FAMILY = /^(.*\p{Ll}.*?)\s+((?:\p{Lu}\.\s*-?\s*)+|\p{Lu}{1,2})$/u;
  const pieces = ['A', 'B', 'Ch', 'a', 'é', '.', '-', ' ', '\t', ',', '&', 'and ', 'Levant', 'R.', 'et al.'];
  const inputs = randomStrings(pieces, 20_000, 10);

  it('reads bylines as before', () => {
    const oldSplit = (byline: string) =>
      byline
        .replace(/\s*,?\s*(?:&|\band\b)\s*/g, ', ')
        .split(',')
        .map((t) => t.trim());
    const newSplit = (byline: string) =>
      replaceAround(byline, /&|\band\b/g, ', ', { comma: true })
        .split(',')
        .map((t) => t.trim());
    expectSame(inputs, oldSplit, newSplit);
    expectSame(
      inputs,
      (t) => OLD_INITIALS.test(t),
      (t) => /^(?:(?:\p{Lu}\p{Ll}?\.\s*(?:-\s*)?)+|\p{Lu}{1,3})$/u.test(t),
    );
    expectSame(
      inputs,
      (t) => {
        const m = OLD_FAMILY.exec(t);
        return m && !/\s/.test(m[1] ?? ' ') ? [m[1], m[2]] : null;
      },
      (t) => {
        const m = /^(?=[^\s\p{Ll}]*\p{Ll})(\S+)\s+((?:\p{Lu}\.\s*(?:-\s*)?)+|\p{Lu}{1,2})$/u.exec(t);
        return m ? [m[1], m[2]] : null;
      },
    );
    expectSame(
      inputs,
      (g) => g.replace(/\s*-\s*/g, '-'),
      (g) => replaceAround(g, /-/g, '-'),
    );
    // And the whole reader runs on all of them without throwing.
    for (const input of inputs) {
      parseAuthors(input);
      normaliseInitials(input);
    }
  });
});

describe('stem', () => {
  it('turns British "-our" into "-or" as before', () => {
    const inputs = randomStrings(['o', 'u', 'r', 's', 'a', 'b', 'our', '1'], 20_000, 9);
    expectSame(
      inputs,
      (w) => w.replace(/([a-z]{3,})our(s?)$/, '$1or$2'),
      (w) => w.replace(/([a-z]{3})our(s?)$/, '$1or$2'),
    );
    for (const input of inputs) stem(input);
  });
});

describe('isAbbreviationStop', () => {
  const old = (text: string, dot: number) => {
    const word = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, dot - 20), dot))?.[1];
    if (!word) return false;
    // Letters glued to a number ("1B.") end a label, no abbreviation: the one rule added since.
    if (/\d/.test(text[dot - word.length - 1] ?? '')) return false;
    const bare = word.replace(/^\.+|\.+$/g, '');
    if (/^(?:[A-Za-z]\.)*[A-Za-z]$/.test(bare) && (bare.length > 1 || /[A-Z]/.test(bare))) return true;
    return ['al', 'approx', 'ca', 'cf', 'co', 'dr', 'ed', 'p', 'ph.d', 'pp', 'st', 'v', 'vs'].includes(
      bare.toLowerCase(),
    );
  };
  it('finds the word before a full stop as before', () => {
    const inputs = randomStrings(['a', 'B', 'Dr', 'al', '.', ' ', '1', 'e.g', 'ph', 'x'], 20_000, 14);
    const everyDot = (f: (t: string, d: number) => boolean) => (t: string) =>
      [...t].map((c, i) => (c === '.' ? f(t, i) : null));
    expectSame(inputs, everyDot(old), everyDot(isAbbreviationStop));
  });
});

describe('reference entry', () => {
  const PAREN_YEAR = /\(\s*((?:1[5-9]|20)\d{2})[a-z]?(?:,[^)]*)?\)\.?|\(\s*n\.\s?d\.\s*\)\.?/;
  it('finds "(2009)", "(2009a, May)" and "(n.d.)" as before', () => {
    const inputs = randomStrings(
      ['(', ')', ' ', '2009', '1850', '20', 'a', ',', '.', 'n.', 'd.', 'n. d.', 'x'],
      20_000,
      10,
    );
    const old = (t: string) => {
      const m = PAREN_YEAR.exec(t);
      return m ? [m.index, m[0], m[1]] : null;
    };
    const found = (t: string) => {
      const m = findParenYear(t);
      return m ? [m.index, m[0], m[1]] : null;
    };
    expectSame(inputs, old, found);
  });

  it('cuts the title where it did', () => {
    const oldBreak = (text: string) => {
      for (let i = 0; i < text.length - 1; i++) {
        if (text[i] === '.' && /\s/.test(text[i + 1] ?? '') && !isAbbreviationStop(text, i)) return true;
      }
      return false;
    };
    const oldSplit = (rest: string) => {
      let quoted = false;
      for (let i = 0; i < rest.length; i++) {
        const c = rest[i] ?? '';
        const closing = c === '”' || (c === '"' && quoted);
        if (c === '“') quoted = true;
        else if (closing) quoted = false;
        else if (c === '"') quoted = true;
        if (closing && '.?!'.includes(rest[i - 1] ?? '') && /^(\s|$)/.test(rest.slice(i + 1, i + 2))) {
          return { title: rest.slice(0, i + 1).trim(), tail: rest.slice(i + 1).trim() };
        }
        if (quoted || !'.?!'.includes(c)) continue;
        const next = rest[i + 1];
        if (next !== undefined && !/\s/.test(next)) continue;
        if (c === '.' && isAbbreviationStop(rest, i)) continue;
        const tail = rest.slice(i + 1).trim();
        if (c !== '.' && !/^In\s/.test(tail) && oldBreak(tail)) continue;
        return { title: rest.slice(0, c === '.' ? i : i + 1).trim(), tail };
      }
      return { title: rest.replace(/\.$/, '').trim(), tail: '' };
    };
    const pieces = ['a', 'Why', '?', '!', '.', ' ', '  ', 'In', 'In ', '"', '“', '”', 'Dr', 'e.g', 'B'];
    expectSame(randomStrings(pieces, 20_000, 12), oldSplit, splitTitle);
  });
});

describe('markers and pages', () => {
  it('finds and strips markers as the one expression did', () => {
    const DASH = '[-–—]';
    const ITEM = String.raw`\d{1,4}(?:\s*${DASH}\s*\d{1,4})?`;
    const GROUP = String.raw`\[\^?\s*${ITEM}(?:\s*,\s*${ITEM})*\s*\]`;
    const OLD = new RegExp(String.raw`${GROUP}(?:\s*${DASH}\s*${GROUP}|${GROUP})*`, 'g');
    const oldFind = (t: string) =>
      [...t.matchAll(OLD)]
        .map((m) => ({ raw: m[0], numbers: markerNumbers(m[0]), start: m.index, end: m.index + m[0].length }))
        .filter((m) => m.numbers.length > 0);
    const oldStrip = (t: string) => t.replace(OLD, ' ').replace(/\s+/g, ' ').trim();
    const inputs = randomStrings(
      ['[1]', '[2, 3]', '[^4]', '[', ']', '1', ' ', '-', '–', 'a', '.', '[1-2]'],
      20_000,
      10,
    );
    expectSame(inputs, oldFind, findMarkers);
    expectSame(inputs, oldStrip, stripMarkers);
  });

  it('reads a thematic break as the expression did', () => {
    const OLD = /^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
    const inputs = randomStrings(['*', '-', '_', ' ', '\t', 'a', '**'], 20_000, 9);
    expectSame(inputs, (t) => OLD.test(t), isThematicBreak);
  });

  it('finds an author name between word boundaries as the built expression did', () => {
    const inputs = randomStrings(['Doe', 'doe', ' ', 'x', '_', '.', '1', "'", 'D'], 20_000, 8);
    for (const name of ['Doe', "O'Do", '.Doe', 'Doe.']) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expectSame(
        inputs,
        (t) => new RegExp(`\\b${escaped}\\b`).test(t),
        (t) => containsWord(t, name),
      );
    }
  });

  it('read a marker as before', () => {
    const DASH = '[-–—]';
    const GROUP = String.raw`\[\^?\s*\d{1,4}(?:\s*${DASH}\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*${DASH}\s*\d{1,4})?)*\s*\]`;
    const old = (raw: string) =>
      [...raw.matchAll(new RegExp(`(${DASH})?\\s*(${GROUP})`, 'g'))].map(([, dash, group]) => [dash, group]);
    const now = (raw: string) =>
      [...raw.matchAll(new RegExp(`(?:(${DASH})\\s*)?(${GROUP})`, 'g'))].map(([, dash, group]) => [
        dash,
        group,
      ]);
    const inputs = randomStrings(['[', ']', '1', '12', ',', ' ', '-', '–', '^', '[3]', '[1-2]'], 20_000, 10);
    expectSame(inputs, old, now);
    for (const input of inputs) markerNumbers(input);
  });

  it('normalise page ranges as before', () => {
    const inputs = randomStrings(['1', '2', '-', '–', ' ', '\t', 'e'], 20_000, 10);
    expectSame(
      inputs,
      (p) => p.replace(/\s*[-–—]\s*/g, '-').trim(),
      (p) => normalisePages(p) ?? '',
    );
  });
});
