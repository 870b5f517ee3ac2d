import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { readMarkdown } from './markdown';

/**
 * Pandoc footnotes that hold the works an R Markdown vignette cites, with no References heading:
 * "BSM[^BSM]" … "[^BSM]: Rossi, Peter, … 2005.", numbered footnotes, inline notes "^[…]".
 */
const parse = (text: string) =>
  parseArticleBytes(new TextEncoder().encode(text), { name: 'vignette.md', slug: 'vignette' });
const citing = async (text: string) =>
  (await parse(text)).claims.filter((c) => c.cites.length > 0).map((c) => [c.text, c.cites]);

const NAMED = `# Models

More detail is in chapters 2--5 of BSM[^BSM] and the help files.

[^BSM]: Rossi, Peter, Greg Allenby and Robert McCulloch, _Bayesian Statistics and Marketing_, John Wiley \\& Sons, 2005.

For regression, see the texts by Cameron and Trivedi.[^ct] The data are simulated.

[^ct]: Cameron, Colin and Pravin Trivedi, _Microeconometrics_, Cambridge University Press, 2005.

Some functions take one argument^[LHS and RHS stand for left-hand side and right-hand side.] only.

Targeting pays, see Rossi et al. (1996).^[Rossi, McCulloch, and Allenby "The Value of Purchase History Data in Target Marketing" Marketing Science (1996).]
`;

describe('readMarkdown: footnotes as the reference list', () => {
  it('numbers named notes and inline notes by first reference, and leaves a remark a note', async () => {
    const doc = readMarkdown(NAMED);
    expect(doc.references?.map((r) => [r.number, r.raw.slice(0, 14), r.line])).toEqual([
      [1, 'Rossi, Peter, ', 5],
      [2, 'Cameron, Colin', 9],
      [3, 'Rossi, McCullo', 13],
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'note').map((b) => b.text)).toEqual([
      'LHS and RHS stand for left-hand side and right-hand side.',
    ]);
    // The remark leaves its sentence, a mark in its place; a note that is a work stays its callout.
    expect(doc.blocks.map((b) => b.text)).toContain('Some functions take one argument* only.');
    expect(await citing(NAMED)).toEqual([
      ['More detail is in chapters 2--5 of BSM[^BSM] and the help files.', [1]],
      ['For regression, see the texts by Cameron and Trivedi.[^ct]', [2]],
      [
        'Targeting pays, see Rossi et al. (1996).^[Rossi, McCulloch, and Allenby "The Value of Purchase History Data in Target Marketing" Marketing Science (1996).]',
        [3],
      ],
    ]);
  });

  it('numbers notes by their labels when every label is a number', async () => {
    const text = `Sleep helps memory.[^2] Naps help too.[^1]

[^1]: Mednick, S. C. (2003). Sleep-dependent learning. Nature Neuroscience, 6(7), 697-698.
[^2]: Walker, M. P. (2009). The role of sleep in cognition. Annals, 1156, 168-197.

Both results hold in older adults.
`;
    expect(readMarkdown(text).references?.map((r) => [r.number, r.raw.slice(0, 6)])).toEqual([
      [1, 'Mednic'],
      [2, 'Walker'],
    ]);
    expect((await citing(text)).map(([, cites]) => cites)).toEqual([[2], [1]]);
  });

  it('reads no list from notes that are mostly remarks, and none inside code', async () => {
    const remarks = `Sleep helps.[^a] Rest too.[^b] Naps as well.[^c]

[^a]: We use the word loosely.
[^b]: See the appendix.
[^c]: Walker, M. P. (2009). The role of sleep in cognition. Annals, 1156, 168-197.
`;
    expect(readMarkdown(remarks).references).toBeNull();
    const code = `The draws are in \`theta[1]\` as BSM[^BSM] explains.

[^BSM]: Rossi, Peter, Greg Allenby and Robert McCulloch, Bayesian Statistics and Marketing, Wiley, 2005.
`;
    expect((await citing(code)).map(([, cites]) => cites)).toEqual([[1]]);
  });

  it('keeps a list of its own first: a footnote reference then cites its entry by number', () => {
    const text = `Sleep helps memory[^2].

[^2]: A remark on the measure.

## References

1. Walker, M. P. (2009). The role of sleep in cognition. Annals, 1156, 168-197.
2. Mednick, S. C. (2003). Sleep-dependent learning. Nature Neuroscience, 6(7), 697-698.
`;
    const doc = readMarkdown(text);
    expect(doc.references?.map((r) => r.number)).toEqual([1, 2]);
    expect(doc.blocks.find((b) => b.kind === 'note')).toMatchObject({ text: 'A remark on the measure.' });
    expect(doc.blocks.some((b) => b.notes || b.noteId)).toBe(false);
  });
});

describe('readMarkdown: link definitions below the list', () => {
  it('are link targets, not entries', () => {
    const text = `Reads are aligned with IMGT/HighV-QUEST [[1]][1] and IgBLAST [[2]][2].

## References

1. Alamyar E, et al. (2012) IMGT/HighV-QUEST. Methods Mol Biol 882:569-604.
2. Ye J, et al. (2013) IgBLAST. Nucleic Acids Res 41:W34-40.

[1]: https://www.imgt.org/HighV-QUEST/ "Alamyar et al. (2010)"
[2]: http://www.ncbi.nlm.nih.gov/pubmed/23671333 "Ye et al. (2013)"
`;
    expect(readMarkdown(text).references?.map((r) => r.raw.slice(0, 12))).toEqual([
      '1. Alamyar E',
      '2. Ye J, et ',
    ]);
  });

  it('are kept when they are all the list there is', () => {
    const text = `Reads are aligned as in [1].\n\n## References\n\n[1]: https://www.imgt.org/HighV-QUEST/ "Alamyar et al. (2010)"\n`;
    expect(readMarkdown(text).references?.map((r) => r.number)).toEqual([1]);
  });
});

describe('readMarkdown: front matter', () => {
  const vignette = `---
title: "bayesm Overview"
output:
  rmarkdown::html_document:
    toc: true
vignette: >
  %\\VignetteIndexEntry{bayesm Overview}
---

# Introduction

bayesm is an R package for Bayesian inference.
`;

  it('is no prose: its title names the document and the first heading stays a section', () => {
    const doc = readMarkdown(vignette);
    expect(doc.title).toBe('bayesm Overview');
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Introduction'],
      ['paragraph', 'bayesm is an R package for Bayesian inference.'],
    ]);
  });

  it('leaves a document without it as it was: a first "#" heading is the title', () => {
    const doc = readMarkdown('# Sleep\n\n---\n\nSleep helps memory.\n');
    expect(doc.title).toBe('Sleep');
    expect(doc.blocks.map((b) => b.text)).toEqual(['Sleep helps memory.']);
  });
});
