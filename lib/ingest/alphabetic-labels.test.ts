import { describe, expect, it } from 'vitest';
import { auditArticle } from '../audit/audit-article';
import { isBracketedLabels } from './alphabetic-labels';
import { isNumericMarker } from './markers';
import { parseArticleBytes } from './parse-article';
import { entryText } from './reference-entry';

/**
 * Lists labelled by initials and year, as BibTeX's alpha style and mathematicians write them, in
 * the three formats that carry them.
 */
const parse = (text: string, name: string) =>
  parseArticleBytes(new TextEncoder().encode(text), { name, slug: 'labels' });
const cites = async (text: string, name: string) =>
  (await parse(text, name)).claims.filter((c) => c.cites.length > 0).map((c) => c.cites);

const markdown = `# Multiplicity sequences

The sequence was defined in intersection theory [AM97]. It matters for Segre numbers [AR01]
and for integral dependence [PTUV20, SH06].

Over a ring $R[x, y]$ with ideal $I = [a, b]$ the method of [NU10; AM97] applies; see also [Zar58].

## References

[AM97] Achilles-Manaresi, Multiplicities of a bigraded ring and intersection theory. Math. Ann. 309, 573–591 (1997).

[AR01] Achilles-Rams, Intersection numbers, Segre numbers and generalized Samuel multiplicities. Arch. Math. 77, 391–398 (2001).

[NU10] Nishida-Ulrich, Computing j-multiplicities, J. Pure Appl. Algebra 214 (2010), 2101–2110.

[PTUV20] Polini-Trung-Ulrich-Validashti, Multiplicity sequence and integral dependence. Math. Ann. 378 (2020), 951–969.

[SH06] Swanson-Huneke, Integral Closure of Ideals, Rings, and Modules. Cambridge University Press (2006).
`;

describe('a list labelled by initials and year', () => {
  it('links each bracketed label to its entry, several to a bracket, and numbers an unknown one after the list', async () => {
    expect(await cites(markdown, 'labels.md')).toEqual([[1], [2, 4, 5], [1, 3, 6]]);
    const parsed = await parse(markdown, 'labels.md');
    expect(parsed.claims.find((c) => c.text.includes('[Zar58]'))?.cites).toContain(6);
  });

  it('reads no label out of notation written against a word, nor a bracket holding anything but labels', async () => {
    const parsed = await parse(markdown, 'labels.md');
    const ring = parsed.claims.find((c) => c.text.includes('R[x, y]'));
    expect(ring?.cites).toEqual([1, 3, 6]);
  });

  it('reads the same labels in HTML and plain text', async () => {
    const html = `<html><body><article><h1>Hodge integrals</h1>
<p>A good introduction can be found in the textbook [HM]. Two good references are [AC] and [M].</p>
<h2>References</h2>
<p>[AC] Arbarello, E. and Cornalba, M. Combinatorial and algebro-geometric cohomology classes on the moduli spaces of curves. J. Algebraic Geom. 5 (1996), 705–749.</p>
<p>[HM] Harris, J. and Morrison, I. Moduli of Curves. Graduate Texts in Mathematics 187, Springer, 1998.</p>
<p>[V] Vakil, R. The moduli space of curves and Gromov-Witten theory. Enumerative invariants in algebraic geometry and string theory, 2008.</p>
</article></body></html>`;
    expect(await cites(html, 'hodge.html')).toEqual([[2], [1, 4]]);
    const text = `Hodge integrals

A good introduction can be found in the textbook [HM]. Two good references are [AC] and [V].

References

[AC] Arbarello, E. and Cornalba, M. Combinatorial and algebro-geometric cohomology classes. J. Algebraic Geom. 5 (1996), 705–749.
[HM] Harris, J. and Morrison, I. Moduli of Curves. Graduate Texts in Mathematics 187, Springer, 1998.
[V] Vakil, R. The moduli space of curves and Gromov-Witten theory. Enumerative invariants, 2008.
`;
    expect(await cites(text, 'hodge.txt')).toEqual([[2], [1, 3]]);
  });

  it('reports no citation out of order: a list labelled by initials is alphabetical', async () => {
    const report = auditArticle(await parse(markdown, 'labels.md'));
    expect(report.style).toBe('numeric');
    expect(report.findings.numbering).toEqual([]);
    expect(report.findings.incomplete_entry).toEqual([]);
  });

  it('reads reStructuredText word labels in plain text, entries with no year included', async () => {
    const text = `Side channels

Blinding defends against fault attacks [RsaFault] which need [AesCacheColl, Aes256Sc].
A remark in brackets [sic] and an [Online] note cite nothing; [Lucky13] is not listed.

References
----------

[Aes256Sc] Neve, Tiri "On the complexity of side-channel attacks on AES-256"
(https://eprint.iacr.org/2007/318.pdf)

[AesCacheColl] Bonneau, Mironov "Cache-Collision Timing Attacks Against AES"
(http://www.jbonneau.com/doc/BM06-CHES-aes_cache_timing.pdf)

[RsaFault] Boneh, Demillo, Lipton
"On the importance of checking cryptographic protocols for faults"
Eurocrypt 97
`;
    expect(await cites(text, 'side-channels.txt')).toEqual([[1, 2, 3], [4]]);
  });

  it('counts a bracket of labels with the numeric markers, and parses the entry without its label', () => {
    expect(isBracketedLabels('[PTUV20, SH06]')).toBe(true);
    expect(isNumericMarker('[HM]')).toBe(true);
    expect(isNumericMarker('[Smith, 2020]')).toBe(false);
    expect(isNumericMarker('(Smith, 2020)')).toBe(false);
    expect(entryText('[SH06] Swanson-Huneke, Integral Closure of Ideals.')).toBe(
      'Swanson-Huneke, Integral Closure of Ideals.',
    );
  });
});

describe('a list labelled by a name and a year apart, as older RFCs label theirs', () => {
  const rfc = `1. INTRODUCTION

   The former is addressed by GSS-API [Linn 93], while this one uses
   Kerberos [Steiner 88], and Diffie-Hellman [Diffie 76, Taylor
   88]. Vendors ship their own schemes [SIA 95]; see also [Smith 97].

   REFERENCES

      [Diffie 76]    W. Diffie and M. E. Hellman, "New Directions in
                     Cryptography", IEEE Transactions on Information
                     Theory, November 1976.

      [Linn 93]      J. Linn, "Generic Security Service Application
                     Programming Interface", Internet RFC 1508, 1509, 1993.

      [SIA 95]       "Digital UNIX Security", Digital Equipment
                     Corporation, Order Number AA-Q0R2C-TE, July 1995.

      [Steiner 88]   J.G. Steiner, B. C. Neuman, and J. I. Schiller,
                     "Kerberos, An Authentication Service for Open Network
                     Systems", in Proceedings of the Winter USENIX
                     Conference, Dallas, Jan 1988.

      [Taylor 88]    B. Taylor and D. Goldberg, "Secure Networking in the
                     Sun Environment", Sun Microsystems Technical Paper,
                     1988.
`;

  it('reads each labelled entry, a title-first one too, and links the labels, one bracket broken over a line', async () => {
    const parsed = await parse(rfc, 'rfc86.txt');
    expect(parsed.references.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parsed.references.filter((r) => r.listed).length).toBe(5);
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([
      [1, 2, 4, 5],
      [3, 6],
    ]);
  });

  it('reports the labels as numeric markers, as it does "[AM97]"', async () => {
    expect(auditArticle(await parse(rfc, 'rfc86.txt')).style).toBe('numeric');
  });

  it('leaves "[Smith 2020]" a name and a year against an unlabelled author–date list', async () => {
    const text = `Sleep

Naps help recall [Smith 2020].

References

Smith, J. (2020). Naps and recall. Sleep, 1, 2-3.
`;
    const parsed = await parse(text, 'naps.txt');
    expect(parsed.claims.map((c) => c.cites)).toEqual([[1]]);
    expect(auditArticle(parsed).style).toBe('author-date');
  });
});

describe('a list labelled by citation keys, its works also named by authors and year', () => {
  it('links a name and year of a listed work beside the labels, and numbers no unlisted one', async () => {
    const text = `Confounds

Compute the framewise displacement as in [Power2012]. The default radius is 50 mm
since it is used in Power et al. 2012. Standardised DVARS follow [Nichols2013].
The EuroSciPy 2013 proceedings and Smith et al. 2019 are not listed.

References

[Power2012] Power et al., Spurious but systematic correlations in functional connectivity MRI networks arise from subject motion, NeuroImage 59(3), 2012.

[Nichols2013] Nichols T, Notes on creating a standardized version of DVARS, 2013.
`;
    const parsed = await parse(text, 'confounds.txt');
    expect(parsed.claims.map((c) => c.cites)).toEqual([[1], [1], [2], []]);
    expect(parsed.references.map((r) => r.number)).toEqual([1, 2]);
  });
});

describe("reStructuredText's auto-numbered footnotes with labels, in the source as written", () => {
  it('reads ".. [#PEP-287]" footnotes as the list in their order, and "[#PEP-287]_" as their callouts', async () => {
    const text = `PEP: 256
Title: Docstring Processing System Framework

Abstract
========

PEP 287, "reStructuredText Docstring Format" [#PEP-287]_, proposes a syntax.
PEP 258 [#PEP-258]_ documents these issues, and PEP 257 [#PEP-257]_ some others.

References and Footnotes
========================

.. [#PEP-287] PEP 287, reStructuredText Docstring Format, Goodger
   (http://www.python.org/peps/pep-0287.html)

.. [#PEP-257] PEP 257, Docstring Conventions, Goodger, Van Rossum
   (http://www.python.org/peps/pep-0257.html)

.. [#PEP-258] PEP 258, Docutils Design Specification, Goodger
   (http://www.python.org/peps/pep-0258.html)
`;
    const parsed = await parse(text, 'pep-0256.txt');
    expect(parsed.references.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [2, 3]]);
    expect(auditArticle(parsed).style).toBe('numeric');
  });
});

describe('a list half of whose works carry a label, the rest named only by their title', () => {
  it('links the labels to their entries, numbered by place among all the works', async () => {
    const text = `Conventions

The key words are to be interpreted as described in [RFC-2119]. The notation is similar
to the one used in [RFC-1952]. Some tools complain about trailing garbage [GNU-tar].

References

LZMA SDK - The original LZMA implementation
http://7-zip.org/sdk.html

LZMA Utils - LZMA adapted to POSIX-like systems
http://tukaani.org/lzma/

XZ Utils - The next generation of LZMA Utils
http://tukaani.org/xz/

[RFC-1952]
GZIP file format specification version 4.3
http://www.ietf.org/rfc/rfc1952.txt

[RFC-2119]
Key words for use in RFCs to Indicate Requirement Levels
http://www.ietf.org/rfc/rfc2119.txt

[GNU-tar]
GNU tar 1.21 manual
http://www.gnu.org/software/tar/manual/html_node/Blocking-Factor.html
`;
    const parsed = await parse(text, 'xz-file-format.txt');
    expect(parsed.references.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[5], [4], [6]]);
  });
});

describe('a Markdown list whose labels are anchors for the callouts to link to', () => {
  const text = `# Lattices

LLL [[LLL82](#LLL82)] is central, with the variants of [[NS09](#NS09),[MSV09](#MSV09)] and the enumeration of [[SE94](#SE94)].

# Bibliography #

<a name="LLL82">[LLL82]<a/> A. K. Lenstra, H. W. Lenstra, Jr. and L. Lovasz. Factoring polynomials with rational coefficients. Math. Ann., 261: 515–534 (1982)

<a name="MSV09">[MSV09]</a> I. Morel, D. Stehle and G. Villard. H-LLL: using Householder inside LLL. ISSAC 2009: 271-278

<a name="NS09">[NS09]</a> P. Q. Nguyen and D. Stehle. An LLL Algorithm with Quadratic Complexity. SIAM J. Comput. 39(3): 874-903 (2009)

<a name="SE94">[SE94]</a>: C.-P. Schnorr and M. Euchner. Lattice basis reduction. Math. Program. 66: 181-199 (1994)
`;

  it('reads the anchored labels, one typed with a colon after it, as the list and links the callouts', async () => {
    const doc = await parse(text, 'fplll.md');
    expect(doc.entries.map((e) => e.raw.slice(0, 8))).toEqual([
      '[LLL82] ',
      '[MSV09] ',
      '[NS09] P',
      '[SE94]: ',
    ]);
    expect(doc.claims.map((c) => c.cites)).toEqual([[1, 2, 3, 4]]);
    expect(entryText(doc.entries[3]?.raw ?? '')).toMatch(/^C\.-P\. Schnorr/);
  });
});
