import { describe, expect, it } from 'vitest';
import { auditArticle } from '../../audit/audit-article';
import { parseArticleBytes } from '../parse-article';
import { readPlainText } from './plain-text';

/**
 * reStructuredText sources as Sphinx ships them (`_sources/*.rst.txt`): citations and footnotes
 * defined where the author put them, often right after the paragraph that cites them, and link
 * targets named like footnotes.
 */
const parse = (text: string) =>
  parseArticleBytes(new TextEncoder().encode(text), { slug: 't', name: 't.txt' });

const citing = async (text: string) =>
  (await parse(text)).claims.filter((c) => c.cites.length > 0).map((c) => [c.text, c.cites]);

describe('reStructuredText citations defined beside the text', () => {
  const source = `Functional dependencies
=======================

Functional dependencies are implemented as described by Mark Jones in
[Jones2000]_.

.. [Jones2000]

    "Type Classes with Functional Dependencies", Mark P. Jones, In
    Proceedings of the 9th European Symposium on Programming, ESOP 2000,
    Berlin, Germany, March 2000, Springer-Verlag LNCS 1782.

The extension also allows a class to name several parameters, as described
in [Jones1999]_, which has more examples.

.. [Jones1999]

    "Exploring the Design Space for Type-based Implicit Parameterization",
    Mark P. Jones, Oregon Graduate Institute of Science & Technology,
    Technical Report, July 1999.

Rules for instances
-------------------

Instances must agree with the dependencies.
`;

  it('reads each definition as an entry, its label kept, numbered in the order they stand', () => {
    const doc = readPlainText(source);
    expect(doc.references?.map((r) => [r.number, r.raw.split(',')[0]])).toEqual([
      [1, '[Jones2000] "Type Classes with Functional Dependencies"'],
      [2, '[Jones1999] "Exploring the Design Space for Type-based Implicit Parameterization"'],
    ]);
  });

  it('makes no claim of a definition, and links each reference to its entry', async () => {
    const claims = (await parse(source)).claims.map((c) => c.text);
    expect(claims.some((c) => c.includes('Springer-Verlag'))).toBe(false);
    expect(await citing(source)).toEqual([
      ['Functional dependencies are implemented as described by Mark Jones in [Jones2000]_.', [1]],
      [
        'The extension also allows a class to name several parameters, as described in [Jones1999]_, which has more examples.',
        [2],
      ],
    ]);
  });
});

describe('a reStructuredText footnote in the middle of a design note', () => {
  const source = `Interleaving
============

Others proposed an approach that interleaves virtual tables in [1]_.

The scheme implemented here is inspired by [1]_ but has its own enhancements.

.. [1] \`Protecting C++ Dynamic Dispatch Through VTable Interleaving <https://example.org/ivtbl-ndss16.pdf>\`_. Dimitar Bounov, Sorin Lerner.

The old scheme in [1]_ guarantees only the second property.
`;

  it('is the list the text cites, not a text citing an unlisted [1]', async () => {
    const doc = await parse(source);
    expect(doc.entries.map((e) => e.number)).toEqual([1]);
    expect((await citing(source)).map(([, cites]) => cites)).toEqual([[1], [1], [1]]);
  });
});

describe('link targets named like footnotes', () => {
  const source = `Security
========

The stack may leak through side channels exposed by the operating system \`[1]\`_ \`[2]\`_
or the processor \`[3]\`_, as the \`runtime\`_ shows.

.. _\`[1]\`: https://example.org/cartography-lighting-up-the-shadows/
.. _\`[2]\`: https://example.org/eu-16-Bypassing-SafeStack.pdf
.. _\`[3]\`: https://example.org/projects/anc/
.. _\`runtime\`: https://example.org/pthread_create.cpp
`;

  it('are the works cited by address; a target named by words is a link, no entry', async () => {
    const doc = await parse(source);
    expect(doc.entries.map((e) => e.raw)).toEqual([
      'https://example.org/cartography-lighting-up-the-shadows/',
      'https://example.org/eu-16-Bypassing-SafeStack.pdf',
      'https://example.org/projects/anc/',
    ]);
    expect((await citing(source)).map(([, cites]) => cites)).toEqual([[1, 2, 3]]);
  });
});

describe('reStructuredText footnotes that are remarks', () => {
  it('are notes, not claims, and auto-numbered ones go to their definitions in order', () => {
    const doc = readPlainText(`Notes on the build
==================

The build takes an hour on a laptop [#]_ and needs no network [#]_.

.. [#] Measured with eight threads.
.. [#] Once the sources are fetched.
`);
    expect(doc.references).toBeNull();
    const notes = doc.blocks.filter((b) => b.kind === 'note').map((b) => [b.noteId, b.text]);
    expect(notes).toEqual([
      ['rst-#1', 'Measured with eight threads.'],
      ['rst-#2', 'Once the sources are fetched.'],
    ]);
    const paragraph = doc.blocks.find((b) => b.kind === 'paragraph');
    expect(paragraph?.notes?.map((n) => n.note)).toEqual(['rst-#1', 'rst-#2']);
  });
});

describe('a run of reStructuredText footnotes and citations at the end', () => {
  it('links auto-numbered references to the footnotes in order', async () => {
    const source = `Extended Tweets
===============

.. _Tweet updates documentation: https://example.org/tweet-updates

The changes are described in the announcements.\\ [#]_ Tweets now hold
280 characters for certain languages,\\ [#]_ and for all since November.\\ [#]_

.. rubric:: Footnotes

.. [#] https://community.example.org/t/upcoming-changes-to-simplify-replies/67497
.. [#] https://community.example.org/t/testing-280-characters/94126
.. [#] https://community.example.org/t/updating-the-character-limit/96425
`;
    const doc = await parse(source);
    expect(doc.entries).toHaveLength(3);
    expect(doc.claims.flatMap((c) => c.cites)).toEqual([1, 2, 3]);
    // A hyperlink target and a comment are markup, not claims.
    expect(doc.claims.some((c) => c.text.includes('.. _Tweet'))).toBe(false);
  });

  it('reads a word marked as a reference to a citation’s label as its callout', async () => {
    const source = `Heritage
========

Python was first meant as an imperative language [Guido_]. The standard
libraries itertools_ and functools_ support the functional style, and so does Fn.py_.
The Clojure cheatsheet_ and the \`Python docs\`_ are links.

.. _Python docs: https://docs.python.org/

.. [itertools] https://docs.python.org/2/library/itertools.html
.. [functools] https://docs.python.org/2/library/functools.html
.. [Guido] https://python-history.blogspot.com/2009/04/origins-of-pythons-functional-features.html
.. [fn.py] https://github.com/kachayev/fn.py
`;
    expect((await citing(source)).map(([, cites]) => cites)).toEqual([[3], [1, 2, 4]]);
    // A label is a label, however written: the audit reports the style as numeric.
    expect(auditArticle(await parse(source)).style).toBe('numeric');
  });
});

describe('a one-line paragraph that ends on a reStructuredText reference', () => {
  it('is a sentence citing the note, not a heading', async () => {
    const doc = await parse(`Intro
=====

For release notes, see the changelog. [#fn-changelog]_

Another sentence cites a work [#fn-other]_ here.

.. [#fn-changelog] Smith, J. 2020. Changelog of things. Journal of Notes 3, 1-2.
.. [#fn-other] Lee, K. 2019. Another work. Journal of Notes 2, 3-4.
`);
    expect(doc.claims.map((c) => [c.text, c.cites])).toEqual([
      ['For release notes, see the changelog. [#fn-changelog]_', [1]],
      ['Another sentence cites a work [#fn-other]_ here.', [2]],
    ]);
  });
});

describe('a footnote that keeps its label, against a list of labelled citations', () => {
  it('lends its reference nothing for its own label', async () => {
    const doc = await parse(`Alphabets
=========

The guide [becc97]_ says so, and the report [tr25]_ agrees on it.

==========  ===============
mathnormal  default [#mathnormal]_
mathrm      roman
==========  ===============

.. [#mathnormal] The command is used by default for alphanumeric characters.

References
==========

.. [becc97] Claudio Beccari, Typesetting mathematics for science. TUGboat 18(1), 1997.
.. [tr25] Barbara Beeton, Unicode Support for Mathematics. Technical report 25, 2017.
.. [fntguide] LaTeX3 Project Team, LaTeX 2e font selection. 2005.
.. [encguide] Frank Mittelbach, Robin Fairbairns, Werner Lemberg, LaTeX font encodings. 2006.
.. [SI] Bureau international des poids et mesures, The International System of Units. 2006.
.. [Green-Book] International Union of Pure and Applied Chemistry, Quantities, Units and Symbols. 2007.
`);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1, 2]]);
    expect(doc.references.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
