import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parse-article';

/** A manual rendered to text by a text browser: `^[1]` a note reference, a paragraph opening `^[1]` its note. */
const manual = `Font Service Protocol

The management of fonts is one of the hardest aspects of using the X Window System ^[1] .
Font data comes in many formats [2].

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

^[1] X Window System™ is a trademark of The Open Group.

The protocol uses the request/reply/error model of the core protocol [1].

References

[1] X Window System Protocol Version 11. Robert W. Scheifler. X Consortium, 1988.

[2] Adobe Systems. Bitmap Distribution Format 2.1. Adobe, 1993.
`;

describe('footnotes a text browser renders with a caret', () => {
  it('reads "^[1]" as a note reference, not as a callout of entry 1, and its note as no claim', () => {
    const doc = parseArticle(manual, { slug: 'fsproto' });
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => [c.text.slice(0, 24), c.cites])).toEqual([
      ['Font data comes in many ', [2]],
      ['The protocol uses the re', [1]],
    ]);
    expect(doc.claims.some((c) => c.text.includes('trademark'))).toBe(false);
  });

  it('lends a reference what its note cites', () => {
    const doc = parseArticle(manual.replace('is a trademark of The Open Group.', 'is described in [1].'), {
      slug: 'fsproto',
    });
    expect(doc.claims.find((c) => c.text.includes('hardest aspects'))?.cites).toEqual([1]);
  });
});
