import { describe, expect, it } from 'vitest';
import { auditArticle } from '@/lib/audit/audit-article';
import { locatedFindings } from '@/lib/audit/located-findings';
import { parseArticle } from './parse-article';

/** A short APA article: the list is alphabetical, so entry n is the n-th line under "References". */
const ARTICLE = `# Sleep and memory

Sleep consolidates memory (Walker & Stickgold, 2004). Later work confirmed it (e.g., Diekelmann and Born 2010; Rasch & Born, 2013, p. 4).
Stickgold et al. (2000) showed learning after sleep. Van der Berg (2019a) and van der Berg (2019b) disagree (O'Neil, 2018; Müller, 2021).
Smith (2020) found the opposite. Founded in Berlin (2020), the lab grew.

Naps may help too (Lee, 2017).

## References

Diekelmann, S., & Born, J. (2010). The memory function of sleep. Nature Reviews Neuroscience, 11(2), 114–126.
Lee, A. (2017). Naps in the afternoon. Sleep, 4, 1-9.
Lee, B. (2017). Naps in the morning. Sleep, 4, 10-19.
Müller, G. E. (2021). Memory and attention. Psychological Review, 3, 1-9.
O'Neil, C. (2018). Weapons of math destruction. Crown.
Rasch, B., & Born, J. (2013). About sleep's role in memory. Physiological Reviews, 93(2), 681–766.
Stickgold, R., James, L., & Hobson, J. A. (2000). Visual discrimination learning requires sleep after training. Nature Neuroscience, 3(12), 1237–1238.
van der Berg, A. (2019a). Sleep one. Journal of Sleep, 1, 1-2.
van der Berg, A. (2019b). Sleep two. Journal of Sleep, 2, 3-4.
Walker, M. P., & Stickgold, R. (2004). Sleep-dependent learning and memory consolidation. Neuron, 44(1), 121–133.
`;

describe('parseArticle on an author–date article', () => {
  const doc = parseArticle(ARTICLE, { slug: 'sleep-memory' });
  const report = auditArticle(doc);

  it('numbers the unnumbered list by position', () => {
    expect(doc.entries).toHaveLength(10);
    expect(doc.entries[9]?.raw.startsWith('Walker, M. P.')).toBe(true);
    expect(doc.entries.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('links each callout to its entries, sentence by sentence', () => {
    expect(doc.claims.map((c) => [c.text, c.cites])).toEqual([
      ['Sleep consolidates memory (Walker & Stickgold, 2004).', [10]],
      ['Later work confirmed it (e.g., Diekelmann and Born 2010; Rasch & Born, 2013, p. 4).', [1, 6]],
      ['Stickgold et al. (2000) showed learning after sleep.', [7]],
      ["Van der Berg (2019a) and van der Berg (2019b) disagree (O'Neil, 2018; Müller, 2021).", [4, 5, 8, 9]],
      ['Smith (2020) found the opposite.', [11]],
      ['Founded in Berlin (2020), the lab grew.', []],
      ['Naps may help too (Lee, 2017).', [2, 3]],
    ]);
  });

  it('reports the unlisted work, the ambiguous callout and the style', () => {
    expect(report.style).toBe('author-date');
    expect(report.references_listed).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(report.cited_not_listed).toEqual([11]);
    expect(report.listed_not_cited).toEqual([]);
    expect(report.findings.ambiguous_callout.map((a) => [a.callout, a.candidates])).toEqual([
      ['(Lee, 2017)', [2, 3]],
    ]);
    // An alphabetical list is not in citation order, and that is no anomaly.
    expect(report.findings.numbering).toEqual([]);
  });

  it('places the ambiguous callout on its line for CI annotations', () => {
    const ambiguous = locatedFindings(report).filter((f) => f.kind === 'ambiguous_callout');
    expect(ambiguous).toEqual([
      {
        kind: 'ambiguous_callout',
        message: 'Naps may help too (Lee, 2017). ((Lee, 2017) may mean [2] [3])',
        line: 7,
        column: 1,
      },
    ]);
  });
});
