import { describe, expect, it } from 'vitest';
import { parseArticleBytes } from '../parse-article';
import { readMarkdown } from './markdown';

/**
 * Markdown as R Markdown vignettes and READMEs write it: author–date entries hard-wrapped over
 * several lines, setext headings, anchors and comments between entries, headings that name more
 * than the list, and navigation or prose after it; superscript callouts written with markup.
 */
const parse = (text: string) =>
  parseArticleBytes(new TextEncoder().encode(text), { name: 'vignette.md', slug: 'vignette' });
const cites = async (text: string) =>
  (await parse(text)).claims.filter((c) => c.cites.length > 0).map((c) => c.cites);

describe('readMarkdown: author–date lists', () => {
  it('reads entries hard-wrapped over several lines, one entry a paragraph', async () => {
    const text = `# Eight schools

The model follows Gelman et al. (2013) and the diagnostics Vehtari et al. (2020).

## References

Gelman A., Carlin J. B., Stern H. S., Dunson D. B., Vehtari A.,
& Rubin D. B. (2013). *Bayesian Data Analysis, Third Edition*. Chapman and
Hall/CRC.

Vehtari A., Gelman A., Simpson D., Carpenter B., & Bürkner P. C. (2020).
Rank-normalization, folding, and localization: An improved R-hat.
*Bayesian Analysis*.
`;
    expect(readMarkdown(text).references?.map((r) => r.raw.slice(0, 10))).toEqual([
      'Gelman A.,',
      'Vehtari A.',
    ]);
    expect(await cites(text)).toEqual([[1, 2]]);
  });

  it('takes a heading that names the list and more, or carries a Pandoc attribute', async () => {
    for (const heading of [
      '## References and Further Reading',
      '### References {#refs}',
      '## Notes and references',
    ]) {
      const text = `Power follows Cohen (1988).\n\n${heading}\n\nCohen, J. (1988). Statistical Power Analysis. LEA.\n`;
      expect(await cites(text), heading).toEqual([[1]]);
    }
  });

  it('reads a setext heading, and anchors (closed or not) or comments between the entries', async () => {
    const text = `Tests follow Conover (1971) and Gunel and Dickey (1974).

<a id="references"></a>
References
----------

<!-- @index References -->
<a id="Conover"></a>
Conover, W. J. (1971), Practical nonparametric statistics. New York: John Wiley & Sons.

<a id="GunelDickey"</a>
Gunel, E. and Dickey, J. (1974) Bayes factors for independence in contingency tables. Biometrika, 61, 545-557.
`;
    expect(await cites(text)).toEqual([[1, 2]]);
  });

  it('ends the list at its last entry: links and prose after it stay in the text, a rule ends it', async () => {
    const text = `Power follows Cohen (1988).

## References

Cohen, J. (1988). Statistical Power Analysis. LEA.
Dalgaard, P. (2008). Introductory Statistics with R. Springer.

The task view lists more packages for power analysis.

[Back to Contents](#contents)
`;
    const doc = readMarkdown(text);
    expect(doc.references?.length).toBe(2);
    expect(doc.blocks.map((b) => b.text)).toContain('The task view lists more packages for power analysis.');
    const ruled = `${text.split('\n\nThe task')[0]}\n\n-------\n\nIcons by Lokas Software (2019).\n`;
    expect(readMarkdown(ruled).references?.length).toBe(2);
  });

  it('reads entries that open with a link naming their topic, and a work restated after "Reference:"', async () => {
    const text = `## Cuckoo filter

A filter that supports deletion.

**Reference:** Fan, B., Andersen, D. G., & Kaminsky, M. (2014). Cuckoo filter: Practically better than bloom.

## References

- [Classic Bloom Filter](http://example.org/bloom.pdf): Bloom, B. H. (1970). _Space/time trade-offs in hash coding._ Communications of the ACM, 13(7), 422-426.
- [Counting Bloom Filter](http://example.org/cbf.pdf): F. Bonomi, M. Mitzenmacher, and R. Panigrahy, _An Improved Construction for Counting Bloom Filters_, in ESA 2006.
- [Cuckoo Filter](https://example.org/cuckoo.pdf): Fan, B., Andersen, D. G., & Kaminsky, M. (2014). _Cuckoo filter: Practically better than bloom._ CoNEXT.
- [Scalable Bloom Filters](https://example.org/sbf.pdf) ALMEIDA, Paulo Sérgio, BAQUERO, Carlos, et al. _Scalable bloom filters_. Information Processing Letters, 2007, vol. 101, p. 255-261.

The filters above are all implemented here.
`;
    expect(readMarkdown(text).references?.map((r) => r.raw.slice(0, 10))).toEqual([
      'Bloom, B. ',
      'F. Bonomi,',
      'Fan, B., A',
      'ALMEIDA, P',
    ]);
    expect(await cites(text)).toEqual([[3]]);
  });

  it('reads no callout inside code: an indexed name in backticks is no citation', async () => {
    const text = `The variables (\`theta[1]\` through \`theta[8]\`) follow Gelman (2013).

## References

Gelman, A. (2013). Bayesian Data Analysis. CRC.
`;
    const parsed = await parse(text);
    expect(parsed.claims.map((c) => c.cites)).toEqual([[1]]);
    expect(parsed.claims[0]?.text).toContain('theta[1]');
  });
});

describe('readMarkdown: superscript callouts written with markup', () => {
  const list =
    '\n\n## References\n\n1. Walker, M. P. (2009). Sleep. Annals, 1156, 168-197.\n2. Mednick, S. (2003). Naps. Nature Neuroscience, 6, 697-698.\n3. Lee, K. (2018). More naps. Sleep, 2, 1-9.\n';

  it.each([
    ['a raw <sup>', 'Sleep helps memory.<sup>1</sup> Naps help too.<sup>2,3</sup>'],
    ["Pandoc's ^…^", 'Sleep helps memory.^1^ Naps help too.^2-3^'],
  ])('reads %s of citation numbers as a callout, on a paragraph of one line', async (_form, body) => {
    expect(await cites(`${body}${list}`)).toEqual([[1], [2, 3]]);
  });

  it('keeps a power written with <sup> a power', async () => {
    const parsed = await parse(`The area is 12 m<sup>2</sup>, as measured.<sup>1</sup>${list}`);
    expect(parsed.claims.map((c) => c.cites)).toEqual([[1]]);
    expect(parsed.claims[0]?.text).toContain('12 m²');
  });
});

describe('a list whose every entry is wrapped whole in square brackets', () => {
  const entries = [
    '[Rousseeuw, Peter J., and Christophe Croux. "Alternatives to the median absolute deviation." Journal of the American Statistical association 88.424 (1993): 1273-1283.]',
    '[Kolmogorov A (1941). “Confidence limits for an unknown distribution function.” The annals of mathematical statistics, 12(4), 461–463.]',
    '[Smirnov NV (1944). “Approximate laws of distribution of random variables.” Uspekhi Matematicheskikh Nauk, (10), 179–206.]',
  ];
  const body = `# Testing bands

The bands use the Kolmogorov-Smirnov method (Kolmogorov 1941; Smirnov 1944). The scale is the one of Rousseeuw and Croux (Rousseeuw and Croux 1993).
`;

  it('reads the bulleted entries of a Markdown page, each to its fields', async () => {
    const parsed = await parse(`${body}\n## References\n\n${entries.map((e) => `* ${e}`).join('\n\n')}\n`);
    expect(await cites(`${body}\n## References\n\n${entries.map((e) => `* ${e}`).join('\n\n')}\n`)).toEqual([
      [2, 3],
      [1],
    ]);
    expect(parsed.works.map((w) => [w.title, w.year])).toEqual([
      ['Alternatives to the median absolute deviation', 1993],
      ['“Confidence limits for an unknown distribution function.”', 1941],
      ['“Approximate laws of distribution of random variables.”', 1944],
    ]);
  });

  it('reads them in plain text, an entry wrapped over two lines', async () => {
    const [first, ...rest] = entries;
    const wrapped = `${first?.slice(0, 80)}\n${first?.slice(80)}`;
    const text = `${body}\nReferences\n\n${[wrapped, ...rest].join('\n\n')}\n`;
    const parsed = await parseArticleBytes(new TextEncoder().encode(text), {
      name: 'notes.txt',
      slug: 'notes',
    });
    expect(parsed.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[2, 3], [1]]);
    expect(parsed.works[0]?.title).toBe('Alternatives to the median absolute deviation');
  });
});

describe('a list whose entries open with a link', () => {
  const text = `# Filters

The cuckoo filter (Fan et al., 2014) supports deletion.

**Reference:** Graf, Thomas Mueller, and Daniel Lemire. "Xor filters: Faster and smaller than bloom and cuckoo filters." Journal of Experimental Algorithmics (JEA) 25 (2020): 1-16.

## References

- [Cuckoo Filter](https://www.cs.cmu.edu/~dga/papers/cuckoo-conext2014.pdf): Fan, B., Andersen, D. G., Kaminsky, M., & Mitzenmacher, M. D. (2014). _Cuckoo filter: Practically better than bloom._ CoNEXT, 75-88.
- [Xor Filters: Faster and Smaller Than Bloom and Cuckoo Filters](https://arxiv.org/abs/1912.08258) Thomas Mueller Graf, Daniel Lemire, Journal of Experimental Algorithmics 25 (1), 2020.
`;

  it('drops a topic link, but keeps a link that is the title the rest does not give', async () => {
    expect(readMarkdown(text).references?.map((r) => r.raw.slice(0, 14))).toEqual([
      'Fan, B., Ander',
      '[Xor Filters: ',
    ]);
  });

  it('reads the titled entry restated in the body as a citation of it', async () => {
    expect(await cites(text)).toEqual([[1], [2]]);
  });
});

describe('a Markdown document whose footnotes are remarks', () => {
  it('is read, not refused: its note references are the notes’ callouts and cite nothing', async () => {
    const { parseArticleBytes } = await import('../parse-article');
    const doc = await parseArticleBytes(
      new TextEncoder().encode(
        '# Locks\n\nThe app must provide locking functions[^1] before the parser starts.\n\nAnother claim stands here.\n\n[^1]: Note that the alloc function may not fail!\n',
      ),
      { name: 'locks.md', slug: 'locks' },
    );
    expect(doc.entries).toEqual([]);
    expect(doc.references).toEqual([]);
    expect(doc.claims.map((c) => c.text)).toContain(
      'The app must provide locking functions[^1] before the parser starts.',
    );
  });
});
