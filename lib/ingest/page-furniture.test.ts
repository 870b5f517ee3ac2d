import { describe, expect, it } from 'vitest';
import { withoutPageFurniture } from './page-furniture';
import { parseArticle } from './parse-article';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, number: i + 1 }));

const rfc = `Ogg Media Types

   The media types are described in [RFC3533] and listed at [Codecs].
   A reference implementation [libogg] is available.

13.  References

   [RFC3533]   Pfeiffer, S., "The Ogg Encapsulation Format Version 0",
               RFC 3533, May 2003.

   [Codecs]    Pfeiffer, S. and I. Goncalves, "Specification of MIME
               types and respective codecs parameter", July 2008.



Goncalves, et al.           Standards Track                    [Page 11]
\f
RFC 5334                    Ogg Media Types               September 2008


   [libogg]    Xiph.Org Foundation, "The libogg API", June 2000,
               <http://xiph.org/ogg/doc/libogg>.
`;

describe('page furniture of a paginated plain text', () => {
  it("blanks the footer and the next page's running head, keeping every line's number", () => {
    const read = withoutPageFurniture(lines(rfc));
    expect(read).toHaveLength(lines(rfc).length);
    expect(read[15]).toEqual({ text: '', number: 16 });
    expect(read[17]).toEqual({ text: '', number: 18 });
    expect(read[20]?.text).toContain('[libogg]');
  });

  it('reads a list across a page break whole: the entry on the next page is listed, not a claim', () => {
    const doc = parseArticle(rfc, { slug: 'rfc' });
    expect(doc.entries.map((e) => e.raw.split(/\s/, 1)[0])).toEqual(['[RFC3533]', '[Codecs]', '[libogg]']);
    expect(doc.references.every((r) => r.listed)).toBe(true);
    expect(doc.claims.some((c) => c.text.includes('Page 11') || c.text.includes('September 2008'))).toBe(
      false,
    );
  });

  it('leaves a page number written in prose, and a text with no footer, as they are', () => {
    const prose = lines('As the figure on Page 4 shows, it holds.\n\nRFC 5334    Ogg Media Types    2008');
    expect(withoutPageFurniture(prose)).toBe(prose);
    const footed = lines('Samar, Schemers                 Page 1\n\n\n\nWith the services.    It holds.');
    expect(withoutPageFurniture(footed).map((l) => l.text)).toEqual(['', '', '', '', '']);
  });
});
