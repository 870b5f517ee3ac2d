import { describe, expect, it } from 'vitest';
import { parseArticle, parseArticleBytes } from './parse-article';

/** Works written out one to a paragraph under no heading, after the text that cites them by number. */
const text = (callouts: [string, string, string], works: string[]) => `# Decomposition

This class decomposes the error by the procedure specified in ${callouts[0]}.
The definition of bias is specified in ${callouts[1]}, and the other in ${callouts[2]}.

${works.join('\n\n')}

Valid options are listed below.
`;
const works = [
  'Ada B. Lind, Ben Okafor (2002). Estimating bias and variance from data. School of Computing, Victoria.',
  'Carl Moreau, Dana J. Zhou: Bias plus variance for zero-one loss. In: Machine Learning, 275-283, 1996.',
  'Ada B. Lind (2000). Boosting and wagging. Machine Learning. 40(2):159-196.',
];

describe('works written out after the text that cites them by number, under no heading', () => {
  it('reads "(1)" as a callout of the first of them, numbered by place', () => {
    const doc = parseArticle(text(['(1)', '(2)', '(3)'], works), { slug: 'bv' });
    expect(doc.entries.map((e) => e.raw.slice(0, 9))).toEqual(['Ada B. Li', 'Carl More', 'Ada B. Li']);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [2, 3]]);
    expect(doc.claims.map((c) => c.text)).toContain('Valid options are listed below.');
  });

  it('reads "[1]" the same way', () => {
    const doc = parseArticle(text(['[1]', '[2]', '[3]'], works), { slug: 'bv' });
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [2, 3]]);
  });

  it('takes no such run when a number cited is past it: the article is refused for its missing list', () => {
    expect(() => parseArticle(text(['(1)', '(2)', '[4]'], works), { slug: 'bv' })).toThrow(
      /no reference list/,
    );
  });
});

describe('labelled works under no heading, run together or alone', () => {
  const page = (body: string) =>
    new TextEncoder().encode(
      `<!DOCTYPE html><html><head><title>Estimator</title></head><body>${body}</body></html>`,
    );
  const read = (body: string) => parseArticleBytes(page(body), { slug: 'est', name: 'est.html' });

  it('cuts one paragraph of "[1] … [2] …" into its entries, cited from a table after it', async () => {
    const doc = await read(`<h1>Channel estimator</h1>
      <p>Estimates the channel from the synchronisation symbols.</p>
      <p>[1] Schmidl, T.M. and Cox, D.C., "Robust frequency and timing synchronization for OFDM",
      IEEE Transactions on Communications, 1997. [2] K.D. Kammeyer, "Nachrichtenuebertragung," Chapter. 16.3.2.</p>
      <table><tr><td>sync_symbol</td><td>Using this symbol is how synchronisation is described in [1].</td></tr>
      <tr><td>noise_len</td><td>Noise reduction for the taps is done according to [2].</td></tr></table>`);
    expect(doc.entries.map((e) => e.raw.slice(0, 14))).toEqual(['[1] Schmidl, T', '[2] K.D. Kamme']);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [2]]);
  });

  it('takes a single labelled work that reads as one, when the text cites only it', async () => {
    const doc = await read(`<h1>Synchroniser</h1>
      <p>Output 0 is the fine frequency offset in [1].</p>
      <p>We normalise the timing metric differently from the original work[1].</p>
      <p>[1] Schmidl, T.M. and Cox, D.C., "Robust frequency and timing synchronization for OFDM",
      IEEE Transactions on Communications, 1997.</p>`);
    expect(doc.entries).toHaveLength(1);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [1]]);
  });

  it('leaves a paragraph that opens "[1]" and reads as prose a claim', async () => {
    await expect(
      read(
        `<h1>Notes</h1><p>As shown before [1], it works.</p><p>[1] shows that the method converges quickly.</p>`,
      ),
    ).rejects.toThrow(/no reference list/);
  });
});

describe('works written out under no heading, cited by name and year', () => {
  const page = (callouts: [string, string]) =>
    new TextEncoder().encode(`<!DOCTYPE html><html><head><title>POT</title></head><body>
      <h1>Peaks over threshold</h1><h2>Description</h2>
      <p>The excesses follow a generalized Pareto distribution whose parameters can be estimated
      with the method of moments, ${callouts[0]},</p>
      <p>and the tail mean follows from the quantile estimate, ${callouts[1]}.</p>
      <p>For further details, see</p>
      <p>J. R. M. Hosking and J. R. Wallis, Parameter and quantile estimation for the generalized Pareto distribution, Technometrics, Volume 29, 1987, p. 339-349</p>
      <p>A. J. McNeil and R. Frey, Estimation of Tail-Related Risk Measures for Heteroscedastic Financial Time Series: an Extreme Value Approach, Journal of Empirical Finance, Volume 7, 2000, p. 271-300</p>
      <h3>Member functions</h3><p>Returns the estimate.</p></body></html>`);
  const read = (callouts: [string, string]) =>
    parseArticleBytes(page(callouts), { slug: 'pot', name: 'pot.html' });

  it('takes them as the list, numbered by place, and links each callout to its work', async () => {
    const doc = await read(['cf. Hosking and Wallis (1987)', 'cf. McNeil and Frey (2000)']);
    expect(doc.entries.map((e) => e.raw.slice(0, 14))).toEqual(['J. R. M. Hoski', 'A. J. McNeil a']);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [2]]);
    expect(doc.claims.map((c) => c.text)).toContain('Returns the estimate.');
  });

  it('leaves them as paragraphs when the text names only one of them', async () => {
    const doc = await read(['cf. Hosking and Wallis (1987)', 'as is well known']);
    expect(doc.entries).toEqual([]);
    expect(doc.claims.some((c) => c.text.startsWith('A. J. McNeil and R. Frey'))).toBe(true);
  });
});

describe('notes that give works printed where they stand, numbered through the text', () => {
  const manual = `3 Net

       I originally saw this in the form of a Flash game called
       FreeNet [1], written by Pavils Jurjans.

       [1] http://www.jurjans.lv/stuff/net/FreeNet.htm

   3.1 Net controls

       This game can be played with either the keyboard or the mouse.

4 Cube

       This is another one I originally saw as a Java game [2], by Paul Scott.

       [2] http://www3.sympatico.ca/paulscott/cube/cube.htm
`;

  it('are the list, and the text cites them by their numbers', () => {
    const doc = parseArticle(manual, { slug: 'puzzles' });
    expect(doc.entries.map((e) => e.raw)).toEqual([
      '[1] http://www.jurjans.lv/stuff/net/FreeNet.htm',
      '[2] http://www3.sympatico.ca/paulscott/cube/cube.htm',
    ]);
    expect(doc.claims.filter((c) => c.cites.length > 0).map((c) => c.cites)).toEqual([[1], [2]]);
  });

  it('are not taken when their numbers do not run 1, 2, 3 …', () => {
    expect(() => parseArticle(manual.replace('[2] http', '[3] http'), { slug: 'puzzles' })).toThrow(
      /no reference list/,
    );
  });
});
