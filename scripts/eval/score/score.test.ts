import { describe, expect, it } from 'vitest';
import { renderText } from '../render/render-text';
import { SAMPLE } from '../render/sample-article';
import { evaluateRendering, slugOf } from './evaluate-rendering';
import { naiveLinks } from './naive-linker';
import { normaliseForMatch, ParagraphMatcher } from './paragraph-matcher';
import { renderingChunks } from './rendering-chunks';
import { linkDiffs, prf, scoreLinks } from './score-links';

describe('paragraph matcher', () => {
  it('keeps letters only, so superscripts, bars and brackets do not decide a match', () => {
    expect(normaliseForMatch('Sleep helps memory¹,² [3] | Énorme.')).toBe('sleephelpsmemoryenorme');
  });

  it('places claims in order, prefers the paragraph after the last match, and refuses strangers', () => {
    const m = new ParagraphMatcher(['Data not shown. A first finding [1].', 'Data not shown. Second [2].']);
    expect(m.match('A first finding [1].')).toBe(0);
    expect(m.match('Second2.')).toBe(1);
    expect(m.match('Data not shown.')).toBe(1);
    expect(m.match('Data not shown.')).toBe(1);
    expect(m.match('Something else entirely.')).toBe(-1);
    expect(m.match('[4].')).toBe(-1);
  });

  it('places a sentence written again in a later paragraph at the paragraph that still holds it', () => {
    const m = new ParagraphMatcher([
      'Return the authorization identity. Read [1] for a discussion of identities.',
      'Return the authentication identity. Read [1] for a discussion of identities.',
    ]);
    expect(m.match('Read [1] for a discussion of identities.')).toBe(0);
    expect(m.match('Read [1] for a discussion of identities.')).toBe(1);
    // Once both are placed, a third goes where the letters are, as before.
    expect(m.match('Read [1] for a discussion of identities.')).toBe(1);
  });

  it('tells apart paragraphs whose letters are the same by their digits and signs', () => {
    const m = new ParagraphMatcher([
      'σ+ | Growth function parameter | 800 nN | [20]',
      'σ– | Growth function parameter | -4 nN | [20]',
      'Sleep helps memory [1–3].',
    ]);
    expect(m.match('σ+ | Growth function parameter | 800 nN | [20]')).toBe(0);
    expect(m.match('σ– | Growth function parameter | -4 nN | [20]')).toBe(1);
    expect(m.match('σ+ | Growth function parameter | 800 nN | [20]')).toBe(0);
    // A rendering that writes the range differently still finds its paragraph by its letters.
    expect(m.match('Sleep helps memory.1-3')).toBe(2);
  });
});

describe('paragraph matcher: a document that is not UTF-8', () => {
  it('places a claim read as Windows-1252 at the paragraph whose truth could not decode the byte', () => {
    const m = new ParagraphMatcher([
      'The head sits at 40\uFFFDC and the bit interval is 0.5 \uFFFDm [10].',
      'Another paragraph altogether [11].',
    ]);
    expect(m.match('The head sits at 40øC and the bit interval is 0.5 ‘m [10].')).toBe(0);
    // Only such paragraphs are searched so: other claims still need their letters whole.
    expect(m.match('Another paragraph altogethør [11].')).toBe(-1);
  });
});

describe('paragraph matcher: table rows', () => {
  it('places a table row at the cell paragraph it holds, and a row of short cells nowhere', () => {
    const m = new ParagraphMatcher([
      'Calculates the distribution using the method of [1].',
      'see [2]',
      'Calculates the distribution using the method of [1].',
    ]);
    expect(m.match('double | cdf(double d) | Calculates the distribution using the method of [1].')).toBe(0);
    expect(m.match('double | see [2] |')).toBe(-1);
    expect(m.match('Prose that holds Calculates the distribution using the method of [1].')).toBe(-1);
  });

  it('places claims that repeat a paragraph word for word at each repetition in turn', () => {
    const m = new ParagraphMatcher([
      '(from Wetmur 1991) (by default)',
      'Other text [2].',
      '(from Wetmur 1991) (by default)',
    ]);
    expect(m.match('(from Wetmur 1991) (by default)')).toBe(0);
    expect(m.match('(from Wetmur 1991) (by default)')).toBe(2);
    // A third has no paragraph of its own left: it goes to the last, not nowhere.
    expect(m.match('(from Wetmur 1991) (by default)')).toBe(2);
  });

  it('places a paragraph after a row that quoted the same words at their repetition', () => {
    const m = new ParagraphMatcher([
      'Pruning: Lambda. See [2] for details.',
      'Other text.',
      'Pruning: Lambda. See [2] for details.',
    ]);
    expect(m.match('static int | LAMBDA | Pruning: Lambda. See [2] for details.')).toBe(0);
    expect(m.match('Pruning: Lambda. See [2] for details.')).toBe(2);
  });

  it('places a row at a short author–date cell by its letters and year, in order', () => {
    const m = new ParagraphMatcher(['Wetmur 1991', 'Tanaka et al (2004)', 'Wetmur 1991', 'Wetmur, 1990']);
    expect(m.match('DNA/DNA | Wetmur 1991 | Biopolymers')).toBe(0);
    expect(m.match('RNA/DNA | Tanaka et al (2004) |')).toBe(1);
    expect(m.match('DNA/DNA | Wetmur 1991 | Biopolymers')).toBe(2);
    expect(m.match('DNA/DNA | Wetmur 1990 |')).toBe(3);
    // A cell repeated in later rows takes one row each.
    const repeated = new ParagraphMatcher(['Owczarzy et al., 2004', 'Owczarzy et al., 2004']);
    expect(repeated.match('owc2004 | DNA | Owczarzy et al., 2004')).toBe(0);
    expect(repeated.match('owc2104 | DNA | Owczarzy et al., 2004')).toBe(1);
    // Its year must be there: the letters alone place no row.
    expect(m.match('DNA/DNA | Wetmur 1989 |')).toBe(-1);
  });
});

describe('scoreLinks', () => {
  const truth = [
    { text: 'Sleep helps memory [1], [2]. Naps too [3].', cites: [1, 2, 3] },
    { text: 'No citation here.', cites: [] },
    { text: 'Walker [2] | 12', cites: [2] },
  ];

  it('counts (paragraph, reference) pairs, exact paragraphs and stray claims', () => {
    const s = scoreLinks(truth, [
      { text: 'Sleep helps memory [1], [2].', cites: [1, 2] },
      { text: 'Naps too [3].', cites: [4] },
      { text: 'No citation here.', cites: [] },
      { text: 'Walker 2 12', cites: [2] },
      { text: 'An invented sentence [5].', cites: [5] },
    ]);
    expect(s).toEqual({
      truePositives: 3,
      falsePositives: 2,
      falseNegatives: 1,
      citingParagraphs: 2,
      exactParagraphs: 1,
      citingClaims: 4,
      truthCitingParagraphs: 2,
      unmatchedClaims: 1,
    });
    const { precision, recall, f1 } = prf(s);
    expect([precision, recall]).toEqual([0.6, 0.75]);
    expect(f1).toBeCloseTo(2 / 3, 10);
  });

  it('places only claims that cite, so a short one that cites nothing moves no claim off the order', () => {
    const repeated = [
      { text: 'Calculates the value using the method of [1].', cites: [1] },
      { text: 'Computes the approximation of [2].', cites: [2] },
      { text: 'Calculates the value using the method of [1].', cites: [1] },
      { text: 'The d - statistic, as in [2].', cites: [2] },
    ];
    const s = scoreLinks(repeated, [
      { text: 'Calculates the value using the method of [1].', cites: [1] },
      { text: 'Computes the approximation of [2].', cites: [2] },
      { text: 'd - statistic', cites: [] },
      { text: 'Calculates the value using the method of [1].', cites: [1] },
      { text: 'The d - statistic, as in [2].', cites: [2] },
    ]);
    expect([s.truePositives, s.falsePositives, s.falseNegatives, s.exactParagraphs]).toEqual([4, 0, 0, 4]);
  });
});

describe('naive baseline', () => {
  it('reads [n] and (Name, Year) only', () => {
    const refs = [
      { number: 1, text: 'Lee, A. (2010). One.' },
      { number: 2, text: 'Kim, B. (2011). Two.' },
    ];
    expect(naiveLinks(['See [3] and (Lee et al., 2010), [4]–[6], Kim (2011).'], refs)).toEqual([
      { text: 'See [3] and (Lee et al., 2010), [4]–[6], Kim (2011).', cites: [3, 4, 6, 1] },
    ]);
  });

  it('splits a text rendering into blocks and stops at the reference list', async () => {
    const chunks = await renderingChunks('text', renderText(SAMPLE));
    expect(chunks).toEqual([
      'Sleep and memory',
      'Introduction',
      'Sleep helps memory [1], [2]–[4].',
      '- Naps help [3].',
      'Study | N',
      'Walker [2] | 12',
    ]);
  });
});

describe('evaluateRendering', () => {
  it('turns an id into a slug', () => {
    expect(slugOf('journal.pone.0081648')).toBe('journal-pone-0081648');
  });

  it('scores the app on a plain-text rendering and keeps a refusal as a refusal', async () => {
    const result = await evaluateRendering(SAMPLE, 'text', renderText(SAMPLE));
    expect(result.status).toBe('scored');
    if (result.status === 'scored') {
      expect(result.referencesListed).toBe(4);
      // The baseline misses 3, the inside of the range [2]–[4]: a floor, not a target.
      expect(result.baseline).toMatchObject({ truePositives: 5, falseNegatives: 1, falsePositives: 0 });
    }
    const pdf = await evaluateRendering(SAMPLE, 'text', {
      name: 'sample.pdf',
      bytes: new Uint8Array([37, 80, 68, 70]),
    });
    expect(pdf).toMatchObject({ status: 'refused', code: 'unsupported_format' });
  });
});

describe('linkDiffs', () => {
  it('lists the paragraphs whose set is wrong and the citing claims placed nowhere', () => {
    const truth = [
      { text: 'Right [1].', cites: [1] },
      { text: 'Wrong [2].', cites: [2] },
    ];
    expect(
      linkDiffs(truth, [
        { text: 'Right [1].', cites: [1] },
        { text: 'Wrong [2].', cites: [3] },
        { text: 'Elsewhere [4].', cites: [4] },
      ]),
    ).toEqual([
      { text: 'Wrong [2].', extra: [3], missing: [2] },
      { text: '(placed nowhere) Elsewhere [4].', extra: [4], missing: [] },
    ]);
  });
});
