import { describe, expect, it } from 'vitest';
import type { SourceLine } from './blocks';
import { findReferenceList, isListHeading } from './reference-list';

function lines(text: string): SourceLine[] {
  return text.split('\n').map((t, i) => ({ text: t, number: i + 1 }));
}

describe('findReferenceList', () => {
  it.each(['References', 'SOURCES', '## Notes', '### Bibliography', 'Works Cited:', '**Literature Cited**'])(
    'recognises "%s" as a list heading',
    (heading) => {
      expect(isListHeading(heading)).toBe(true);
      const list = findReferenceList(
        lines(`Body text.[1]\n\n${heading}\n\n1. Smith, J. (2001). Title. Publisher.`),
      );
      expect(list).toMatchObject({ start: 2, end: 5, heading });
      expect(list?.entries).toEqual([{ number: 1, raw: '1. Smith, J. (2001). Title. Publisher.', line: 5 }]);
    },
  );

  it('joins an entry broken over several lines and keeps duplicates', () => {
    const list = findReferenceList(
      lines(
        'Body.[1]\n\nReferences\n[1] Smith, J. (2001).\n    A long title.\n    Publisher.\n[1] Again.\n2) Two (2002). T.',
      ),
    );
    expect(list?.entries).toEqual([
      { number: 1, raw: '[1] Smith, J. (2001).\nA long title.\nPublisher.', line: 4 },
      { number: 1, raw: '[1] Again.', line: 7 },
      { number: 2, raw: '2) Two (2002). T.', line: 8 },
    ]);
  });

  it('ends a headed list at the next heading', () => {
    const list = findReferenceList(
      lines('Body.[1]\n\n# Sources\n1. A (2001). T.\n\n# About the author\n\nShe writes.'),
    );
    expect(list).toMatchObject({ start: 2, end: 5 });
  });

  it('finds a trailing block of "[n]" entries without a heading, as in the seed', () => {
    const list = findReferenceList(lines('Body text.[1] [2]\n\n\n[1] A (2001). T.\n\n[2] B (2002). U.\n'));
    expect(list).toMatchObject({ start: 3, heading: null });
    expect(list?.entries.map((e) => e.number)).toEqual([1, 2]);
  });

  it('does not swallow a numbered body list just above trailing "[n]" entries', () => {
    const list = findReferenceList(
      lines('Do this:\n\n1. Lead with compassion.[1]\n2. Model it.\n\n[1] A (2001). T.'),
    );
    expect(list).toMatchObject({ start: 5 });
    expect(list?.entries.map((e) => e.raw)).toEqual(['[1] A (2001). T.']);
  });

  it('takes a trailing numbered list without a heading only when its entries carry years', () => {
    expect(
      findReferenceList(lines('Body.[1]\n\n1. Smith, J. (2001). Title.\n2. Doe, J. (2003). Other.')),
    ).not.toBeNull();
    expect(
      findReferenceList(lines('Steps:[1]\n\n1. Lead with compassion.\n2. Model vulnerability.')),
    ).toBeNull();
  });

  it('ignores a "Notes" heading with prose under it', () => {
    expect(findReferenceList(lines('Body.[1]\n\nNotes\n\nJust some prose here.'))).toBeNull();
  });
});
