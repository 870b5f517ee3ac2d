import { describe, expect, it } from 'vitest';
import type { SourceLine } from './blocks';
import { findReferenceList, isListHeading, referenceLike } from './reference-list';

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

  it.each([
    ['## References ##', true],
    ['### References {#refs}', true],
    ['## References and Further Reading', true],
    ['Notes & References', true],
    ['Sources and methods', false],
    ['Data and code', false],
    ['C#', false],
    ['» References', true],
    ['References ¶', true],
  ])('takes "%s" for a list heading: %s', (heading, expected) => {
    expect(isListHeading(heading)).toBe(expected);
  });

  it('starts the list after the underline of a setext heading, and ends it at the next one', () => {
    const list = findReferenceList(
      lines(
        'Body.[1]\n\nReferences\n----------\n\n1. Smith, J. (2001). Title. Publisher.\n\nAppendix\n========\n\nMore text.',
      ),
    );
    expect(list).toMatchObject({ start: 2, end: 7, heading: 'References' });
    expect(list?.entries.map((e) => e.raw)).toEqual(['1. Smith, J. (2001). Title. Publisher.']);
  });

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
    const list = findReferenceList(
      lines('Body text.[1] [2]\n\n\n[1] Able, A. (2001). T.\n\n[2] Baker, B. (2002). U.\n'),
    );
    expect(list).toMatchObject({ start: 3, heading: null });
    expect(list?.entries.map((e) => e.number)).toEqual([1, 2]);
  });

  it('does not swallow a numbered body list just above trailing "[n]" entries', () => {
    const list = findReferenceList(
      lines('Do this:\n\n1. Lead with compassion.[1]\n2. Model it.\n\n[1] Able, A. (2001). T.'),
    );
    expect(list).toMatchObject({ start: 5 });
    expect(list?.entries.map((e) => e.raw)).toEqual(['[1] Able, A. (2001). T.']);
  });

  it('takes a trailing numbered list without a heading only when its entries carry years', () => {
    expect(
      findReferenceList(lines('Body.[1]\n\n1. Smith, J. (2001). Title.\n2. Doe, J. (2003). Other.')),
    ).not.toBeNull();
    expect(
      findReferenceList(lines('Steps:[1]\n\n1. Lead with compassion.\n2. Model vulnerability.')),
    ).toBeNull();
  });

  it('does not take a trailing list of advice for references, numbered or bracketed', () => {
    const advice = ['Sleep eight hours.', 'Drink water.', 'Walk 10000 steps before 9 am.'];
    const numbered = advice.map((a, i) => `${i + 1}. ${a}`).join('\n');
    const bracketed = advice.map((a, i) => `[${i + 1}] ${a}`).join('\n\n');
    expect(findReferenceList(lines(`Habits that help [1]:\n\n${numbered}`))).toBeNull();
    expect(findReferenceList(lines(`Habits that help [1]:\n\n${bracketed}`))).toBeNull();
    // A year alone does not make advice a reference.
    expect(
      findReferenceList(
        lines('Since then:\n\n1. Sleep more, as we did in 2019.\n2. Drink water (since 2020).'),
      ),
    ).toBeNull();
  });

  it('takes a headingless list whose entries mostly look like references, web sources included', () => {
    const list = findReferenceList(
      lines(
        [
          'Body [1] [2] [3].',
          '',
          '[1] Walker MP, Stickgold R. Sleep, memory, and plasticity. Annu Rev Psychol. 2006;57:139-166.',
          '[2] National Sleep Foundation (2020). How much sleep do we need? https://www.thensf.org/sleep',
          '[3] A note the author added.',
        ].join('\n'),
      ),
    );
    expect(list?.entries.map((e) => e.number)).toEqual([1, 2, 3]);
    // One entry of three looking like a reference is not most of them.
    expect(
      findReferenceList(
        lines('Body [1].\n\n[1] Smith, J. (2001). Title. Journal, 3(2), 1-9.\n[2] Rest well.\n[3] Eat well.'),
      ),
    ).toBeNull();
  });

  it('keeps every list under a References heading, whatever its entries look like', () => {
    const list = findReferenceList(
      lines('Body [1].\n\nReferences\n\n1. Sleep eight hours.\n2. Drink water.'),
    );
    expect(list?.entries.map((e) => e.raw)).toEqual(['1. Sleep eight hours.', '2. Drink water.']);
  });

  it.each([
    ['Walker, M. P. (2009). The role of sleep in cognition. Annals, 1156, 168-197.', true],
    ['Diekelmann S, Born J. The memory function of sleep. Nat Rev Neurosci. 2010;11(2):114-26.', true],
    ['M. Walker, Why We Sleep, Scribner, 2017.', true],
    ['World Health Organization. Guidelines on physical activity. https://doi.org/10.1000/xyz', false],
    ['Sleep eight hours.', false],
    ['Drink water every morning before 2 pm.', false],
    ['Read Walker on sleep.', false],
    [
      'Rossi, Peter, Greg Allenby and Robert McCulloch, Bayesian Statistics and Marketing, John Wiley & Sons, 2005.',
      true,
    ],
    ['Train, Kenneth, Discrete Choice Models with Simulation, 2009.', true],
    [
      'Rossi, McCulloch, and Allenby "The Value of Purchase History Data in Target Marketing" Marketing Science (1996).',
      true,
    ],
    ['Rest, Eat well and walk daily.', false],
    ['Say "I will sleep eight hours tonight" to yourself.', false],
  ])('scores "%s" as reference-like: %s', (raw, like) => {
    expect(referenceLike(raw)).toBe(like);
  });

  it('ignores a "Notes" heading with prose under it', () => {
    expect(findReferenceList(lines('Body.[1]\n\nNotes\n\nJust some prose here.'))).toBeNull();
  });
});

describe('findReferenceList: a "Notes" section after the list', () => {
  it('reads the author–date list under "References" above a "Notes" section of prose', () => {
    const text = `Quadprog
========

It implements the dual method of Goldfarb and Idnani (1982, 1983).

References
==========

Goldfarb, D., & Idnani, A. (1982). Dual and primal-dual methods for solving strictly convex quadratic programs. In Numerical Analysis (pp. 226-239). Springer.

Goldfarb, D., & Idnani, A. (1983). A numerically stable dual method for solving strictly convex quadratic programs. Mathematical Programming, 27(1), 1-33.

Notes
=====

**To maintain a one-to-one porting with the Fortran implementation, the array index starts from 1.**
`;
    const list = findReferenceList(lines(text));
    expect(list?.heading).toBe('References');
    expect(list?.entries.map((e) => e.raw.slice(0, 30))).toEqual([
      'Goldfarb, D., & Idnani, A. (19',
      'Goldfarb, D., & Idnani, A. (19',
    ]);
  });
});

describe('findReferenceList: "[n]" entries inside the text, under no heading', () => {
  const readme = (entries: string) => `# Louvain

One of the popular community detection algorithms is presented in [2], surveyed in [1].

${entries}

## Usage

1. Import the package.
2. Call it on your graph.
`;

  it('reads a run of "[1]", "[2]" entries that read as references, with the text going on after it', () => {
    const list = findReferenceList(
      lines(
        readme(
          '[1] Fortunato, Santo. "Community detection in graphs." Physics Reports 486, no. 3-5 (2010).\n\n\n[2] V.D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre. "Fast unfolding of communities in large networks." J. Stat. Mech., 2008: 1008.',
        ),
      ),
    );
    expect(list?.entries.map((e) => [e.number, e.raw.slice(4, 13)])).toEqual([
      [1, 'Fortunato'],
      [2, 'V.D. Blon'],
    ]);
    expect(list).toMatchObject({ start: 4, heading: null });
  });

  it('reads no list from paragraphs that open with a callout, or numbered out of order', () => {
    expect(findReferenceList(lines(readme('[1] shows that sleep helps.\n\n[2] agrees with it.')))).toBeNull();
    expect(
      findReferenceList(
        lines(
          readme(
            '[2] Fortunato, Santo. "Community detection in graphs." Physics Reports 486 (2010).\n\n[1] Blondel, V. D. "Fast unfolding." J. Stat. Mech., 2008: 1008.',
          ),
        ),
      ),
    ).toBeNull();
  });
});

describe('findReferenceList on README shapes', () => {
  it('reads a heading and its one entry on one line, and ends the list with its paragraph', () => {
    const text = [
      'Groups are:',
      '* Z7: [1]',
      '* Z9: [1]',
      'References: [1] Atkin/Morain, Math. Comp., 1993.',
      '',
      'Other options follow.',
      '',
      '[2] is not an entry of this list, nor is [3] below.',
      '[3] Neither is this line.',
    ].join('\n');
    const list = findReferenceList(lines(text));
    expect(list?.entries.map((e) => [e.number, e.raw, e.line])).toEqual([
      [1, '[1] Atkin/Morain, Math. Comp., 1993.', 4],
    ]);
    expect([list?.start, list?.end]).toEqual([3, 4]);
  });

  it('reads entries each under a heading of its own below "## References", code between, sentence before kept out', () => {
    const text = [
      '# Tool',
      'Body cites [1].',
      '## References',
      'Please cite [1] or [2].',
      '### Enriching Word Vectors',
      '[1] P. Bojanowski, E. Grave, A. Joulin, T. Mikolov, Enriching Word Vectors with Subword Information, TACL 5, 2017',
      '```',
      '@article{x, year={2017}}',
      '```',
      '### Bag of Tricks',
      '[2] A. Joulin, E. Grave, P. Bojanowski, T. Mikolov, Bag of Tricks for Efficient Text Classification, EACL, 2017',
      '## Community',
      'Join us.',
    ].join('\n');
    const list = findReferenceList(lines(text));
    expect(list?.entries.map((e) => e.number)).toEqual([1, 2]);
    // The list starts after "Please cite …" (index 3) and ends before "## Community" (index 11).
    expect([list?.start, list?.end]).toEqual([4, 11]);
  });
});

describe('findReferenceList under a misspelt heading', () => {
  const entries = [
    '1. _Vitting-Seerup et al. **The Landscape of Isoform Switches.** Cancer Res. (2017)_ [link](http://example.org/1).',
    '2. _Nowicka et al. **DRIMSeq: a Dirichlet-multinomial framework.** F1000Research, 5(0), 1356._',
  ].join('\n');

  it.each([
    '**Refrences**:',
    'Refereces',
    '## Bibliograpy',
    '**References**:',
    'Referneces',
    '## Bibilography',
  ])('reads the numbered list under "%s" mid-document', (heading) => {
    const list = findReferenceList(
      lines(`Please cite reference 1.\n\n${heading}\n\n${entries}\n\n## Usage\n\nText.`),
    );
    expect(list?.entries.map((e) => e.number)).toEqual([1, 2]);
  });

  it('reads no list under a near miss that is another word, or over advice', () => {
    expect(
      findReferenceList(lines(`Body [1].\n\n## Preferences\n\n${entries}\n\n## Usage\n\nText.`)),
    ).toBeNull();
    expect(
      findReferenceList(
        lines('Body [1].\n\n**Refrences**:\n\n1. Sleep eight hours.\n2. Drink water.\n\n## Usage\n\nText.'),
      ),
    ).toBeNull();
  });
});

describe('findReferenceList: an unheaded author–date list as the last paragraph', () => {
  const body = 'Codon Adaptation Index (CAI) (Sharp and Li 1987). Fop (Ikemura 1981) and Nc (Wright 1990).';
  const list = [
    'Ikemura, T., (1981). Correlation between the abundance of Escherichia coli',
    'transfer RNAs and the occurrence of the respective codons. Journal of Molecular Biology 151: 389-',
    '409.',
    'Sharp, P. M., and W. H. Li, (1987). The codon adaptation index a measure of',
    'directional synonymous codon usage bias. Nucleic Acids Research 15: 1281-1295.',
    'Wright, F., (1990). The effective number of codons used in a gene. Gene  87',
    ': 23-29.',
  ].join('\n');

  it('reads hard-wrapped entries with no blank line between them', () => {
    const found = findReferenceList(lines(`${body}\n\n${list}\n`));
    expect(found?.heading).toBeNull();
    expect(found?.entries.map((e) => e.raw.slice(0, 10))).toEqual(['Ikemura, T', 'Sharp, P. ', 'Wright, F.']);
  });

  it('reads no list from a closing paragraph of prose, or of fewer than three entries', () => {
    const prose =
      'Sharp and Li (1987) proposed CAI.\nWright (1990) proposed Nc, which Ikemura (1981) foreshadowed.';
    expect(findReferenceList(lines(`${body}\n\n${prose}\n`))).toBeNull();
    const two = list.split('\n').slice(0, 5).join('\n');
    expect(findReferenceList(lines(`${body}\n\n${two}\n`))).toBeNull();
  });
});

describe('findReferenceList: a typed manual numbering its entries with a number set apart by spaces', () => {
  const manual = [
    '   Notes:',
    '',
    '   -  The algorithms described in [2] can easily be adjusted.',
    '',
    '   2010  was the year the format was fixed.',
    '',
    '                                   REFERENCES',
    '',
    '   1  Gribskov M., Luethy R., Eisenberg D.',
    '      Profile analysis.',
    '      Meth. Enzymol. 183:146-159(1990).',
    '',
    '   2  Staden R.',
    '      Searching for patterns in protein and nucleic acid sequences.',
    '      Meth. Enzymol. 183:193-211(1990).',
  ].join('\n');

  it('reads the list under its heading, each entry from its label to the next', () => {
    const list = findReferenceList(lines(manual));
    expect(list?.heading).toBe('REFERENCES');
    expect(list?.entries.map((e) => [e.number, e.raw.split('\n')[0]])).toEqual([
      [1, '1  Gribskov M., Luethy R., Eisenberg D.'],
      [2, '2  Staden R.'],
    ]);
  });

  it('takes no year set apart by spaces for a label', () => {
    const list = findReferenceList(
      lines(
        'Body [1].\n\nReferences\n\n2010  Gribskov M. Profile analysis. Meth. Enzymol. 183:146-159(1990).\n',
      ),
    );
    expect(list?.entries ?? []).toEqual([]);
  });
});

describe('findReferenceList: a list in two parts under headings of their own', () => {
  const text = `SEG

Segments follow (Wootton & Federhen, 1993) and masking (see Altschul et al, 1994).

PRIMARY REFERENCE
-----------------

Wootton, J.C., Federhen, S. (1993)  Statistics of local complexity
in amino acid sequences.  Computers &
Chemistry 17: 149-163.


OTHER REFERENCES
----------------

Wootton, J.C. (1994)  Non-globular domains in protein sequences:
automated segmentation using complexity measures.  Computers &
Chemistry 18: (in press).

Altschul, S.F., Boguski, M., Gish, W., Wootton, J.C. (1994)  Issues
in searching molecular sequence  databases.  Nature Genetics 6:
119-129.
`;

  it('reads both parts as one list, and no wrapped "(in press)" line as an entry', () => {
    const list = findReferenceList(lines(text));
    expect(list?.heading).toBe('PRIMARY REFERENCE');
    expect(list?.entries.map((e) => [e.number, e.raw.slice(0, 14)])).toEqual([
      [1, 'Wootton, J.C.,'],
      [2, 'Wootton, J.C. '],
      [3, 'Altschul, S.F.'],
    ]);
  });

  it('takes a reference heading with a qualifier, not a manual part named "reference"', () => {
    expect(isListHeading('Other references')).toBe(true);
    expect(isListHeading('PRIMARY REFERENCE')).toBe(true);
    expect(isListHeading('API reference')).toBe(false);
    expect(isListHeading('Command reference')).toBe(false);
  });
});

describe('findReferenceList: author–date entries wrapped mid-phrase, the year last', () => {
  const text = `Almanac

Eclipses agree with the maps (Stephenson and Houlden, 1986; Borkowski, 1988).

              References

Nautical Almanac Office, U. S. Naval Observatory, _Astronomical
Almanac for the Year 1986_, U. S. Government Printing Office,
1985.

Stephenson, F. R., and M. A. Houlden, _Atlas of Historical
Eclipse Maps_, Cambridge U. Press, 1986

Borkowski, K. M., "ELP2000-85 and the Dynamical Time
- Universal Time relation," Astronomy and Astrophysics
205, L8-L10 (1988)
`;

  it('joins a line to the one before when that one breaks off after a comma, in a title or in a quotation', () => {
    const list = findReferenceList(lines(text));
    expect(list?.entries.map((e) => e.raw.split('\n')[0]?.slice(0, 20))).toEqual([
      'Nautical Almanac Off',
      'Stephenson, F. R., a',
      'Borkowski, K. M., "E',
    ]);
    expect(list?.entries[2]?.raw).toContain('- Universal Time relation');
  });
});

describe('findReferenceList: a label line after the last entry of a plain-text README', () => {
  const readme = (tail: string) => `The tagger follows the averaged perceptron [1] and its models [2].

References:

[1] M. Collins. Discriminative training methods for hidden Markov models.
EMNLP 2002.

[2] Models from

https://example.org/models/

${tail}`;

  it('ends the list at "Support:" when prose, not an entry, follows it', () => {
    const text = readme('Support:\n\nMail questions to the list; we answer within a week.\n');
    const list = findReferenceList(lines(text));
    expect(list?.entries.map((e) => e.number)).toEqual([1, 2]);
    expect(lines(text)[list?.end ?? -1]?.text).toBe('Support:');
  });

  it("keeps a label that groups more entries, and one before an entry's address, inside the list", () => {
    const grouped = findReferenceList(lines(readme('Software:\n\n[3] The tagger itself, version 2.\n')));
    expect(grouped?.entries.map((e) => e.number)).toEqual([1, 2, 3]);
    const address = findReferenceList(
      lines(readme('[3] A corpus.\n\nAvailable at:\n\nhttps://example.org/corpus\n')),
    );
    expect(address?.entries.map((e) => e.number)).toEqual([1, 2, 3]);
    expect(address?.end).toBe(
      lines(readme('[3] A corpus.\n\nAvailable at:\n\nhttps://example.org/corpus\n')).length,
    );
  });
});

describe('findReferenceList: works written out under a heading after the numbered list', () => {
  const readme = (body: string) =>
    lines(
      [
        body,
        '',
        '## References',
        '',
        '1. Smith, J. (2001). Tree building. Bioinformatics, 17(3), 101-109.',
        '2. Lee, K., & Park, S. (2015). Recombination plots. Virus Evolution, 1(1), 1-5.',
        '3. Chan, W. (2018). Sliding windows. Journal of Open Source Software, 3(22), 20.',
        '',
        '## Citations',
        '',
        'Rossi A, Bianchi B (2022) A study that used the tool. Front. Med. 9:806611.',
      ].join('\n'),
    );

  it('takes the numbered list the text cites by number, not the one work below it', () => {
    const list = findReferenceList(readme('The tool [3] follows earlier ones [1] and [2].'));
    expect(list?.heading).toBe('## References');
    expect(list?.entries.map((e) => e.number)).toEqual([1, 2, 3]);
    expect(list?.end).toBe(8);
  });

  it('keeps the author–date list below when the text cites none of the numbers', () => {
    const list = findReferenceList(readme('The tool (Rossi and Bianchi, 2022) is used.'));
    expect(list?.heading).toBe('## Citations');
    expect(list?.entries).toHaveLength(1);
  });
});

describe('findReferenceList: a list under a numbered section heading, as an Internet-Draft numbers them', () => {
  const draft = (heading: string, next: string) => `  3  Introduction

  PAM generalizes the approach first introduced in [1]. Agent names
  are a public standard, see reference [2].

  ${heading}

  [1]  OSF RFC 86.0, "Unified Login with Pluggable Authentication
       Modules (PAM)", October 1995

  [2] Definitions for standard agents, "REGISTERED
       AGENTS AND THEIR AGENT-ID'S", to be found here:

    http://www.kernel.org/pub/linux/libs/pam/pre/doc/std-agent-ids.txt

  ${next}

  Andrew G. Morgan
  Email: morgan@kernel.org
`;

  it('reads the list under "9  References" and ends it at the next section, "10  Author\'s Address"', () => {
    const list = findReferenceList(lines(draft('9  References', "10  Author's Address")));
    expect(list?.heading).toBe('9  References');
    expect(list?.entries.map((e) => e.number)).toEqual([1, 2]);
    expect(list?.entries[1]?.raw).toContain('std-agent-ids.txt');
  });

  it('reads "8. References" as well, and keeps an entry numbered like the next section when it reads as a work', () => {
    const list = findReferenceList(
      lines(draft('8. References', '9. Morgan, A. G. (1999). Pluggable agents. Internet-Draft, IETF.')),
    );
    expect(list?.entries.map((e) => e.number)).toEqual([1, 2, 9]);
  });

  it('leaves the section number to the line-by-line finder (a page\'s "4.5 References" may head prose), and takes no other numbered section for a list', () => {
    expect(isListHeading('4.5 References')).toBe(false);
    expect(findReferenceList(lines(draft('9  Acknowledgements', "10  Author's Address")))).toBeNull();
  });
});

describe('findReferenceList: reStructuredText auto-numbered entries', () => {
  it('numbers each "#." entry after the one before it, as Sphinx renders them', () => {
    const list = findReferenceList(
      lines(`See the References section for pointers to the literature.

references
==========

1. T. Gao, T. Y. Li, M. Wu:
   **Algorithm 846: MixedVol: a software package for mixed-volume
   computation.**
   *ACM Transactions on Mathematical Software*, 31(4):555-560, 2005.

#. Y. Hida, X.S. Li, and D.H. Bailey:
   **Algorithms for quad-double precision floating point arithmetic.**
   IEEE Computer Society, 2001.

#. A. Leykin and J. Verschelde.
   **Interfacing with the numerical homotopy algorithms in PHCpack.**
   Springer-Verlag, 2006.

acknowledgments
===============
`),
    );
    expect(list?.entries.map((e) => [e.number, e.raw.slice(0, 14)])).toEqual([
      [1, '1. T. Gao, T. '],
      [2, '2. Y. Hida, X.'],
      [3, '3. A. Leykin a'],
    ]);
  });
});

describe('findReferenceList: a specification giving its works one to a paragraph', () => {
  const spec = `The .xz File Format

        6. Cyclic Redundancy Checks
        7. References


1. Conventions

        The key words are to be interpreted as described in [RFC-2119].
        The notation is similar to the one used in [RFC-1952].


7. References

        LZMA SDK - The original LZMA implementation
        http://7-zip.org/sdk.html

        [RFC-1952]
        GZIP file format specification version 4.3
        http://www.ietf.org/rfc/rfc1952.txt

        [RFC-2119]
        Key words for use in RFCs to Indicate Requirement Levels
        http://www.ietf.org/rfc/rfc2119.txt
`;

  it('reads each paragraph under "7. References" as an entry, not the table of contents line above', () => {
    const list = findReferenceList(lines(spec));
    expect(list?.heading).toBe('7. References');
    expect(list?.entries.map((e) => [e.number, e.raw.split('\n')[0]])).toEqual([
      [1, 'LZMA SDK - The original LZMA implementation'],
      [2, '[RFC-1952]'],
      [3, '[RFC-2119]'],
    ]);
  });

  it('reads no list from paragraphs of prose under a list heading', () => {
    expect(
      findReferenceList(
        lines(
          'Intro [1].\n\nReferences\n\nWe thank the reviewers for their comments.\n\nAll errors are ours.\n',
        ),
      ),
    ).toBeNull();
  });
});

describe("findReferenceList: AsciiDoc's bibliography", () => {
  it('reads "- [[[1]]] …" anchors as numbered entries', () => {
    const list = findReferenceList(
      lines(`Regressions are costly <<1>>, maintenance more so <<2>>.

References
----------

- [[[1]]] https://www.nist.gov/report02-3.pdf['The Economic Impacts of Inadequate Infratructure for Software Testing'.  Nist Planning Report 02-3], see Executive Summary and Chapter 8.
- [[[2]]] https://en.wikipedia.org/wiki/Software_maintenance['Software maintenance'. Wikipedia.]
`),
    );
    expect(list?.entries.map((e) => e.number)).toEqual([1, 2]);
  });
});

describe("findReferenceList: reStructuredText's citations under no heading", () => {
  it('reads the ".. [label]" definitions as the list, wrapped lines joined, a comment between them skipped', () => {
    const list = findReferenceList(
      lines(`Related work
============

Pyrex [Pyrex]_ is the compiler project that Cython was originally based on.
ctypes [ctypes]_ is a foreign function interface (FFI) for Python.

.. [ctypes] https://docs.python.org/library/ctypes.html.
.. there's also the original ctypes home page: http://python.net/crew/theller/ctypes/
.. [Pyrex] G. Ewing, Pyrex: C-Extensions for Python,
   http://www.cosc.canterbury.ac.nz/greg.ewing/python/Pyrex/
`),
    );
    expect(list?.entries.map((e) => [e.number, e.raw])).toEqual([
      [1, '[ctypes] https://docs.python.org/library/ctypes.html.'],
      [
        2,
        '[Pyrex] G. Ewing, Pyrex: C-Extensions for Python,\nhttp://www.cosc.canterbury.ac.nz/greg.ewing/python/Pyrex/',
      ],
    ]);
  });

  it('reads a label alone on its line, its text indented on the lines below', () => {
    const list = findReferenceList(
      lines(`Specified in [MV04]_ and [RFC4418]_.

.. [MV04]
   D. McGrew and J. Viega, "The Galois/counter mode of operation (GCM)", 2004.

.. [RFC4418]
   T. Krovetz, "UMAC: Message Authentication Code using Universal Hashing", 2006.
`),
    );
    expect(list?.entries.map((e) => e.raw.split('\n'))).toEqual([
      ['[MV04]', 'D. McGrew and J. Viega, "The Galois/counter mode of operation (GCM)", 2004.'],
      ['[RFC4418]', 'T. Krovetz, "UMAC: Message Authentication Code using Universal Hashing", 2006.'],
    ]);
  });

  it('reads no list from one definition, or from comments alone', () => {
    expect(findReferenceList(lines('Text [Pyrex]_.\n\n.. [Pyrex] G. Ewing, Pyrex.\n'))).toBeNull();
    expect(findReferenceList(lines('Text.\n\n.. a comment\n.. another comment\n'))).toBeNull();
  });
});

describe("findReferenceList: an RFC's list in two parts, Normative and Informative", () => {
  const rfc = `   These media types use the "codecs" parameter described in [RFC4281].
   See [Codecs] for the list.

13.  References

13.1.  Normative References

   [RFC2045]   Freed, N. and N. Borenstein, "Multipurpose Internet Mail
               Extensions (MIME) Part One", RFC 2045, November 1996.

   [RFC4281]   Gellens, R., Singer, D., and P. Frojdh, "The Codecs
               Parameter for "Bucket" Media Types", RFC 4281,
               November 2005.

13.2.  Informative References

   [CMML]      Pfeiffer, S., Parker, C., and A. Pang, "The Continuous
               Media Markup Language (CMML)", Work in Progress,
               March 2006.

   [Codecs]    Pfeiffer, S. and I. Goncalves, "Specification of MIME
               types and respective codecs parameter", July 2008,
               <http://wiki.xiph.org/index.php/MIMETypesCodecs>.
`;

  it('reads both parts under their numbered subsection headings as one list, in order', () => {
    const list = findReferenceList(lines(rfc));
    expect(list?.entries.map((e) => [e.number, e.raw.split(/\s/, 1)[0]])).toEqual([
      [1, '[RFC2045]'],
      [2, '[RFC4281]'],
      [3, '[CMML]'],
      [4, '[Codecs]'],
    ]);
    expect(list?.start).toBe(5);
  });

  it('reads a qualified bibliography as a list heading', () => {
    expect(isListHeading('Annotated Bibliography')).toBe(true);
    expect(isListHeading('Selected literature')).toBe(true);
    expect(isListHeading('Annotated examples')).toBe(false);
  });

  it('reads "Normative References" and "Informative References" as list headings', () => {
    expect(isListHeading('Normative References')).toBe(true);
    expect(isListHeading('Informative References')).toBe(true);
    expect(isListHeading('Normative requirements')).toBe(false);
  });
});

describe('findReferenceList: labelled entries under a numbered heading, the next numbered section after them', () => {
  const draft = `1. Introduction

   [STARTTLS] defines an extension that [ESMTP] servers may offer.

8. References

   [ESMTP]    Klensin, J., Freed, N., Rose, M., Stefferud, E., Crocker,
              D.  "SMTP Service Extensions", RFC 1425, February 1993

   [STARTTLS] Hoffman, P., "SMTP Service Extension for Secure SMTP over
              TLS", RFC 2487, Internet Mail Consortium, January 1999

9. Author's address

   Sam Example
   402 Main Street
`;

  it("reads the labelled entries, not the next section's heading as a numbered list of none", () => {
    const list = findReferenceList(lines(draft));
    expect(list?.heading).toBe('8. References');
    expect(list?.entries.map((e) => e.raw.split(/\s/, 1)[0])).toEqual(['[ESMTP]', '[STARTTLS]']);
  });
});

describe('findReferenceList: reStructuredText citations under a title underlined with "~"', () => {
  const source = (gap: string) => `AES128-CTR
~~~~~~~~~~

The cipher is specified in [FIPS197]_, and its timing is discussed in [Ber05a]_.

Bibliography
~~~~~~~~~~~~
${gap}.. [Ber05a]
   D. J. Bernstein, "Cache-timing attacks on AES", 2005. [Online]
   http://cr.yp.to/antiforgery/cachetiming-20050414.pdf

.. [FIPS197]
   National Institute of Standards and Technology, "ADVANCED ENCRYPTION STANDARD (AES)",
   Federal Information Processing Standard 197, 2001.
`;

  it('reads each label alone on its line with the text indented below it as one entry, the underline no part of any', () => {
    for (const gap of ['', '\n']) {
      const list = findReferenceList(lines(source(gap)));
      expect(list?.entries.map((e) => e.raw.replace(/\s+/g, ' ').slice(0, 30))).toEqual([
        '.. [Ber05a] D. J. Bernstein, "',
        '.. [FIPS197] National Institut',
      ]);
    }
  });
});

describe('findReferenceList under "Notes" or "Footnotes"', () => {
  it('starts the list at its first entry when the text between the heading and it cites the list', () => {
    const text = `Notes
-----

  Other font formats provide multiple faces within one file.

  wrapper  font    reference
  SFNT     PS      Type 1 GX Font Format (for the Mac) [2]
  PS       PS      PLRM.pdf (Type 2) [1]

[1] Adobe Systems, "PostScript Language Reference", 1999,
    https://www.adobe.com/plrm.pdf

[2] See https://developer.apple.com/fonts/TrueType-Reference-Manual/
`;
    const list = findReferenceList(lines(text));
    expect(list?.entries.map((e) => e.number)).toEqual([1, 2]);
    expect(list?.start).toBe(9);
    expect(list?.heading).toBe('Notes');
  });

  it('reads numbered remarks under "Footnotes" as no list, and notes that name works as one', () => {
    const remarks = `Text that calls a note.[^2]

# Footnotes

[^2]: These only return the actual peer caps after the initial hello message
    has been read.

[^3]: libusb is thread safe itself, thus allowing multiple callers.
`;
    expect(findReferenceList(lines(remarks))).toBeNull();
    const works = remarks
      .replace('These only return', 'See https://example.org/caps: these only return')
      .replace(
        'libusb is thread safe itself',
        'Walker, M. P. (2009). Sleep. Annals, 1156, 168-197; thread safe',
      );
    expect(findReferenceList(lines(works))?.entries.map((e) => e.number)).toEqual([2, 3]);
  });
});

describe('findReferenceList: entries labelled by a number and a dash', () => {
  it('reads "  1 - C. L. Liu …" entries under "References:" as numbered entries, wrapped lines joined', () => {
    const list = findReferenceList(
      lines(` The scheduler uses the CBS[2,3] algorithm and EDF[1].

 References:

  1 - C. L. Liu and J. W. Layland. Scheduling algorithms for multiprogram-
      ming in a hard-real-time environment. Journal of the ACM, 20(1), 1973.
  2 - L. Abeni , G. Buttazzo. Integrating Multimedia Applications in Hard
      Real-Time Systems. Proceedings of the 19th IEEE RTSS, 1998.
  3 - L. Abeni. Server Mechanisms for Multimedia Applications. ReTiS Lab
      Technical Report. http://disi.unitn.it/~abeni/tr-98-01.pdf
`),
    );
    expect(list?.entries.map((e) => [e.number, e.raw.split('\n').length])).toEqual([
      [1, 2],
      [2, 2],
      [3, 2],
    ]);
  });

  it('counts such a list as numbered, so that numbers glued to words cite it', async () => {
    const { parseArticle } = await import('./parse-article');
    const doc = parseArticle(
      'Scheduling\n\nThe scheduler uses the CBS[2,3] algorithm. Tasks run under EDF[1] here.\n\nReferences:\n\n' +
        '  1 - C. L. Liu and J. W. Layland. Scheduling algorithms. Journal of the ACM, 20(1), 1973.\n' +
        '  2 - L. Abeni, G. Buttazzo. Integrating Multimedia. Proceedings of RTSS, 1998.\n' +
        '  3 - L. Abeni. Server Mechanisms. ReTiS Lab Technical Report, 1998.\n',
      { slug: 'sched' },
    );
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[2, 3], [1]]);
  });
});

describe('findReferenceList: a run of "[n]" entries under no list heading', () => {
  it('reads bulleted entries that give addresses, numbered in order, as the list', () => {
    const list = findReferenceList(
      lines(`# JiffyDOS

Timing details are described in [2] and the layout in [3].

## Documents, samples

- [1] JiffySoft128 description - see https://sites.google.com/site/h2obsession/CBM/C128/JiffySoft128
- [2] SD2IEC source code - see https://github.com/rkrajnc/sd2iec/blob/master/src/
- [3] Fast loader idea and sample code - https://www.pagetable.com/?p=568

Also see a guide by Michael Steil, available here: https://www.pagetable.com/?p=1135.

## Tools

Then [2] again.
`),
    );
    expect(list?.entries.map((e) => e.number)).toEqual([1, 2, 3]);
    expect(list?.heading).toBeNull();
  });

  it('reads bare addresses "[1] http://…" closing a section as the list', () => {
    const list = findReferenceList(
      lines(`1. Background

The XCLIENT protocol [1] and the Forwarded header [2] pass the address.

8. Contacts and links

The following links were referenced in the document.

[1] http://www.postfix.org/XCLIENT_README.html
[2] http://tools.ietf.org/html/rfc7239

9. Sample code

The code below is an example.
`),
    );
    expect(list?.entries.map((e) => [e.number, e.raw])).toEqual([
      [1, '[1] http://www.postfix.org/XCLIENT_README.html'],
      [2, '[2] http://tools.ietf.org/html/rfc7239'],
    ]);
  });
});
