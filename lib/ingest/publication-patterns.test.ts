import { describe, it } from 'vitest';
import { expectSame, randomStrings } from '@/lib/text/equivalence.test-support';
import { apaJournal, chapter, vancouverJournal } from './publication-patterns';

// The expressions these scanners replaced, kept as the reference they must agree with; since
// then pages may end in a letter ("90S–7S"), an issue may be a bare "Suppl 1" or "Pt 2", and a
// Vancouver issue may stand without a volume ("2005;(1):CD001497").
const PAGES = String.raw`[A-Za-z]{0,4}\d+[A-Za-z]?(?:\s*[-–—]\s*[A-Za-z]{0,4}\d+[A-Za-z]?)?`;
const ISSUE = String.raw`(?:\(([^)]+)\)|(?<=\s)((?:Suppl|Pt)\.?(?:\s?\d+)?)\s*)?`;
const APA = new RegExp(
  String.raw`^(.+?),\s*(?:vol\.\s*)?(\d+[A-Za-z]?)\s*${ISSUE}\s*(?:,\s*(?:pp?\.\s*)?(${PAGES}))?\s*\.?$`,
  'i',
);
const VANCOUVER = new RegExp(
  String.raw`^(.+?)\.?\s*(?:\d{4}[^;]*)?;\s*(\d+|(?=\())\s*${ISSUE}\s*(?::\s*(${PAGES}))?\.?$`,
);
const CHAPTER =
  /^In:?\s+(?:(.+?)\s*\((?:Eds?|Hrsg)\.?\),?\s*)?(.+?)\s*(?:\((?:pp?\.\s*)?([^)]+)\))?\.\s*(.*)$/i;

const journal = (pattern: RegExp) => (text: string) => {
  const m = pattern.exec(text);
  return m ? { container: m[1], volume: m[2], issue: m[3] ?? m[4], pages: m[5] } : null;
};
const oldChapter = (text: string) => {
  const m = CHAPTER.exec(text);
  return m ? { book: m[2], pages: m[3], rest: m[4] } : null;
};

/** parsePublication folds spaces first: the scanners are exact on one-line, single-spaced text. */
const folded = (strings: string[]) => strings.map((s) => s.replace(/\s+/g, ' ').trim());

describe('publication patterns', () => {
  it('read a journal tail as the APA expression did', () => {
    const pieces = [
      'a',
      'J',
      ',',
      ', ',
      ' ',
      '1',
      '12',
      '3a',
      '(',
      ')',
      '(2)',
      '.',
      'vol. ',
      'pp. ',
      'p.',
      '-',
      '–',
      'e1',
      'S',
      'Suppl 1',
      'Pt ',
    ];
    expectSame(folded(randomStrings(pieces, 40_000, 10)), journal(APA), apaJournal);
  });

  it('read a Vancouver tail as its expression did', () => {
    const pieces = [
      'a',
      'J',
      '.',
      ' ',
      ';',
      '; ',
      '1',
      '2009',
      '12',
      '(',
      ')',
      '(3)',
      ':',
      ': ',
      '190-203',
      'e5',
      '-',
      'S',
      'Suppl',
      ' 1',
    ];
    expectSame(folded(randomStrings(pieces, 40_000, 10)), journal(VANCOUVER), vancouverJournal);
  });

  it('read a chapter tail as its expression did', () => {
    const pieces = [
      'In ',
      'In: ',
      'in ',
      'a',
      'B',
      ' ',
      '.',
      ',',
      '(Eds.)',
      '(Ed)',
      '(hrsg.)',
      '(',
      ')',
      '(pp. 1-2)',
      'pp.',
      'p. ',
      '1',
      ': ',
    ];
    expectSame(folded(randomStrings(pieces, 30_000, 12)), oldChapter, chapter);
  });
});
