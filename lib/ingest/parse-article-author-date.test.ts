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

describe('an author–date callout whose year is one off its entry', () => {
  const doc = parseArticle(
    `# Choanoflagellates

They are the closest living relatives of animals (James-Clark 1868; Hibberd 1975).
Colonies form in response to bacteria (Alegado et al., 2013).
Others grow alone (Hibberd 1974; Alegado et al., 2012c).

## References

Alegado, R. A., Brown, L. W., & Cao, S. (2012). A bacterial sulfonolipid. eLife, 1, e00013.
Hibberd, D. J. (1975). Observations on the ultrastructure of the choanoflagellate. J Cell Sci, 17, 191–219.
Hibberd, D. J. (1976). The ultrastructure of Codosiga. J Cell Sci, 20, 1–20.
James-Clark, H. (1867). On the spongiae ciliatae as infusoria flagellata. Mem Boston Soc Nat Hist, 1, 305–340.
`,
    { slug: 'choanos' },
  );
  const report = auditArticle(doc);

  it('links it to the only entry of its authors and reports the two years', () => {
    expect(doc.claims.map((c) => c.cites)).toEqual([[2, 4], [1], [5, 6]]);
    expect(
      report.findings.year_mismatch.map((y) => [y.callout, y.cited_year, y.number, y.listed_year]),
    ).toEqual([
      ['(James-Clark 1868; Hibberd 1975)', '1868', 4, '1867'],
      ['(Alegado et al., 2013)', '2013', 1, '2012'],
    ]);
    expect(locatedFindings(report).find((f) => f.kind === 'year_mismatch')?.message).toBe(
      'They are the closest living relatives of animals (James-Clark 1868; Hibberd 1975). ((James-Clark 1868; Hibberd 1975) says 1868, [4] says 1867)',
    );
  });

  it('leaves a callout unlisted when its authors have several entries or it names a letter', () => {
    // Hibberd has 1975 and 1976: 1974 is no slip of one of them; "2012c" names a third work of 2012.
    expect(report.cited_not_listed).toEqual([5, 6]);
    expect(report.findings.year_mismatch).toHaveLength(2);
  });
});

describe('a callout a year off that also names fewer authors than the entry', () => {
  const doc = parseArticle(
    `# Irradiance

Clear-sky models were compared (Okafor 2011; Lind 1995).

## References

Lind, K. (1994). Diffuse irradiance on slopes. Solar Energy, 52, 1–9.
Lind, K., & Moreau, P. (1996). Beam irradiance. Solar Energy, 57, 10–19.
Okafor, B., Zhou, L., & Marcus, T. (2010). A clear-sky model for Europe. Solar Energy, 68, 33–44.
`,
    { slug: 'irradiance' },
  );

  it('links it when those names have only that work in the list, and reports the two years', () => {
    expect(doc.claims.map((c) => c.cites)).toEqual([[1, 3]]);
    expect(
      auditArticle(doc).findings.year_mismatch.map((y) => [y.cited_year, y.number, y.listed_year]),
    ).toEqual([
      ['2011', 3, '2010'],
      ['1995', 1, '1994'],
    ]);
  });

  it("does not choose between two works of one name when neither fits the callout's author count", () => {
    const text = doc.claims[0]?.text.replace('Lind 1995', 'Lind et al. 1995') ?? '';
    const list =
      '## References\n\nLind, K. (1994). Diffuse irradiance on slopes. Solar Energy, 52, 1–9.\nLind, K., & Moreau, P. (1996). Beam irradiance. Solar Energy, 57, 10–19.\n';
    const other = auditArticle(parseArticle(`# Irradiance\n\n${text}\n\n${list}`, { slug: 'lind' }));
    expect(other.cited_not_listed).toEqual([3, 4]);
  });
});

describe('a work cited as in press that the list dates', () => {
  const doc = parseArticle(
    `# Bayes factors

Regression follows Rouder and Morey (in press) and Hibberd (forthcoming).
Meta-analysis follows Rouder and Morey (2011).

## References

Hibberd, D. J. (1975). Observations. J Cell Sci, 17, 191–219.
Hibberd, D. J. (1976). The ultrastructure of Codosiga. J Cell Sci, 20, 1–20.
Hibberd, D. J., & Leedale, G. F. (1977). Another. J Cell Sci, 21, 1–2.
Rouder, J. N., & Morey, R. D. (2011). A Bayes factor meta-analysis. Psychonomic Bulletin & Review, 18, 682–689.
Rouder, J. N., & Morey, R. D. (2012). Default Bayes factors for model selection in regression. Multivariate Behavioral Research, 47, 877–903.
`,
    { slug: 'bayes' },
  );
  const report = auditArticle(doc);

  it('links it to the newest work of its authors, and reports the years', () => {
    expect(doc.claims.map((c) => c.cites)).toEqual([[2, 5], [4]]);
    expect(report.findings.year_mismatch.map((y) => [y.cited_year, y.number, y.listed_year])).toEqual([
      ['in press', 5, '2012'],
      ['forthcoming', 2, '1976'],
    ]);
  });
});

describe('a narrative callout whose locator holds an abbreviation', () => {
  it('keeps its sentence whole: "App." inside it ends nothing', () => {
    const doc = parseArticle(
      `# Cones

Our results rely on the dimension of the cones, proven in Amelunxen et al. (2014, App. C.4). Others follow.

## References

Amelunxen, D., Lotz, M., McCoy, M. B., & Tropp, J. A. (2014). Living on the edge. Information and Inference, 3(3), 224-294.
`,
      { slug: 'cones' },
    );
    expect(doc.claims.map((c) => [c.text, c.cites])).toEqual([
      ['Our results rely on the dimension of the cones, proven in Amelunxen et al. (2014, App. C.4).', [1]],
      ['Others follow.', []],
    ]);
  });
});
