import { describe, expect, it } from 'vitest';
import {
  findMarkers,
  hasSuspiciousRange,
  markerNumbers,
  stripMarkers,
  suspiciousMarkers,
  withoutSpans,
} from './markers';

describe('markers', () => {
  it.each([
    ['[1]', [1]],
    ['[1,2]', [1, 2]],
    ['[1, 2]', [1, 2]],
    ['[1-3]', [1, 2, 3]],
    ['[1–3]', [1, 2, 3]],
    ['[1]–[3]', [1, 2, 3]],
    ['[1][2]', [1, 2]],
    ['[2, 4-6, 9]', [2, 4, 5, 6, 9]],
    ['[^7]', [7]],
    ['[3, 3]', [3]],
  ])('reads %s as %j', (raw, numbers) => {
    expect(markerNumbers(raw)).toEqual(numbers);
    const [marker] = findMarkers(`Claim ${raw}.`);
    expect(marker).toEqual({ raw, numbers, start: 6, end: 6 + raw.length });
  });

  it('treats "[1] [2]" with a space as two markers', () => {
    expect(findMarkers('intimacy.[1] [2]').map((m) => [m.raw, m.start])).toEqual([
      ['[1]', 9],
      ['[2]', 13],
    ]);
  });

  it('ignores bracketed words and empty brackets', () => {
    expect(findMarkers('He said [sic] that [citation needed] and [] and [a1].')).toEqual([]);
  });

  it('keeps the two ends of an implausible range', () => {
    expect(markerNumbers('[5-900]')).toEqual([5, 900]);
    expect(markerNumbers('[9-3]')).toEqual([9, 3]);
  });

  it('strips markers for word matching', () => {
    expect(stripMarkers('conflict[8] and more. [12]')).toBe('conflict and more.');
  });
});

describe('markers: separators, ranges and parentheses', () => {
  it('reads a semicolon between numbers', () => {
    expect(markerNumbers('[1; 2]')).toEqual([1, 2]);
    expect(findMarkers('Claim [1; 3–4].').map((m) => m.numbers)).toEqual([[1, 3, 4]]);
  });

  it('never expands a year range: it is no citation', () => {
    expect(findMarkers('Cases rose [2010–2020].')).toEqual([]);
    expect(markerNumbers('[3, 2010-2020]')).toEqual([3]);
    expect(suspiciousMarkers('Cases rose [2010–2020] and [4].')).toEqual(['[2010–2020]']);
  });

  it('keeps the two ends of a range wider than the cap and reports it', () => {
    expect(markerNumbers('[1-500]')).toEqual([1, 500]);
    expect(suspiciousMarkers('Many [1-500], few [1-3].')).toEqual(['[1-500]']);
    expect(hasSuspiciousRange('[1–3]')).toBe(false);
  });

  it('reads "(1)" only when the context says the list is numbered, and within the list', () => {
    const numbered = { parenthesised: true, maxNumber: 12 };
    expect(findMarkers('Sleep helps (1, 2) and more (3–5).')).toEqual([]);
    expect(findMarkers('Sleep helps (1, 2) and more (3–5).', numbered).map((m) => m.numbers)).toEqual([
      [1, 2],
      [3, 4, 5],
    ]);
    expect(findMarkers('Founded (1990) and listed (13).', numbered)).toEqual([]);
  });

  it('reads no "(1)" written right after a word: statistics and code', () => {
    const numbered = { parenthesised: true, maxNumber: 60 };
    expect(
      findMarkers('No effect, F(1,51) = 0.48, and seq.find(10) fails (2).', numbered).map((m) => m.raw),
    ).toEqual(['(2)']);
  });

  it('reads no "(4)" after a word that names a place in the article: equations, figures, theorems', () => {
    const numbered = { parenthesised: true, maxNumber: 12 };
    expect(
      findMarkers('By Eq. (4), Theorem (2) and Fig. (3), it holds (5).', numbered).map((m) => m.raw),
    ).toEqual(['(5)']);
  });

  it('removes marker spans by offset, whatever their shape', () => {
    expect(withoutSpans('Sleep (Smith, 2020) helps.', [{ start: 6, end: 19 }])).toBe('Sleep helps.');
  });
});

describe('markers: pinpoints, prefixes and "and" inside a bracket', () => {
  it.each([
    ['[1, p. 4]', [1]],
    ['[2, pp. 4–6]', [2]],
    ['[3, Theorem 2.1]', [3]],
    ['[1, Sec. 2.3]', [1]],
    ['[1, Ch. 3, p. 4]', [1]],
    ['[1, §3]', [1]],
    ['[1, Ch. 3]', [1]],
    ['[3, Eq. (4)]', [3]],
    ['[1, pp. 4–6; 2]', [1, 2]],
    ['[5, Lemma 3], [6]', [5]],
    ['[1, 2, and 5]', [1, 2, 5]],
    ['[1 and 2]', [1, 2]],
    ['[e.g., 4]', [4]],
    ['[see also 5, 6]', [5, 6]],
    ['[cf. 6; 7, Fig. 2]', [6, 7]],
  ])('reads %s as one marker citing %j', (raw, numbers) => {
    const [marker] = findMarkers(`It holds ${raw}.`, { parenthesised: true, maxNumber: 12 });
    expect(marker?.numbers).toEqual(numbers);
    expect(marker?.raw).toBe(raw.replace(/, \[6\]$/, ''));
  });

  it('reads no pinpoint that has no number after its word, and no prefix alone', () => {
    expect(findMarkers('the range [1, p] and [see] and [e.g.] and [Fig. 2]')).toEqual([]);
  });
});

describe('markers: brackets that are mathematics', () => {
  it.each([
    'in the computational domain Ω = [0, 1]² at t = 0',
    'with ψ1, ψ2 ∈ [0, 1] and more',
    'a value in [0–5] of the scale',
    'over a time interval [140, 160] (in hours)',
    'the prior range [80, 120] of the rate',
    'where x ≤ [3, 4] holds',
    'simo_moincome1[1] was twice as high as simo_moincome1[2]',
    'the column $df[2] holds it',
    'a segment size of $\\sqrt[4]{x}$ is used',
    'with a line break \\\\[2] in the table',
  ])('reads no citation in "%s"', (text) => {
    expect(findMarkers(text)).toEqual([]);
  });

  it('reads no bracket of three numbers or more that gives one twice: a colour', () => {
    expect(findMarkers('color [250, 35, 35] on the ribbon')).toEqual([]);
    expect(findMarkers('as shown [2, 3, 4] and [5, 5]').map((m) => m.numbers)).toEqual([[2, 3, 4], [5]]);
  });

  it('reads no array written in prose with padded brackets and numbers past the list', () => {
    const context = { parenthesised: false, maxNumber: 8 };
    expect(findMarkers('the offsets [ 1, 7, 11, 13, 17, 19, 23, 29 ], hence', context)).toEqual([]);
    // Within the list, or unpadded, or a single number past it: callouts as before.
    expect(findMarkers('as shown [ 1, 2, 3 ] before', context).map((m) => m.numbers)).toEqual([[1, 2, 3]]);
    expect(findMarkers('cited [7, 8, 9] and [16].', context).map((m) => m.numbers)).toEqual([
      [7, 8, 9],
      [16],
    ]);
  });

  it('still reads citations beside such notation, and pairs not after an interval word', () => {
    expect(findMarkers('Grows in Ω = [0, 1] as shown before [3, 4].').map((m) => m.numbers)).toEqual([
      [3, 4],
    ]);
    expect(findMarkers('as two studies show [16, 17].').map((m) => m.numbers)).toEqual([[16, 17]]);
    expect(findMarkers('the interval between visits [10]').map((m) => m.numbers)).toEqual([[10]]);
    expect(findMarkers('Reference [10] and [20].').map((m) => m.numbers)).toEqual([[10], [20]]);
    expect(findMarkers('Sleep aids memory[1] and COVID-19[2].').map((m) => m.numbers)).toEqual([[1], [2]]);
  });
});

describe('markers: numbers written out after "reference"', () => {
  const numbered = { parenthesised: false, maxNumber: 17, numberedList: true };
  const read = (text: string, context = numbered) =>
    findMarkers(text, context).map((m) => [m.raw, m.numbers]);

  it.each([
    ['Please cite reference 10.', [['reference 10', [10]]]],
    ['Please cite reference 10 and 17.', [['reference 10 and 17', [10, 17]]]],
    ['Please cite both reference 1, 4, 5 and 6.', [['reference 1, 4, 5 and 6', [1, 4, 5, 6]]]],
    [
      'As shown in Ref. 12 and refs 3–5.',
      [
        ['Ref. 12', [12]],
        ['refs 3–5', [3, 4, 5]],
      ],
    ],
  ])('reads "%s" against a numbered list', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'Reads were aligned to the reference 2010 genome.',
    'The reference 38 build was used.',
    'A reference 1.5 times larger.',
    'Our reference 12-mers are counted.',
    'We preferred reference 3 of 20 samples.'.replace('reference', 'referenced'),
  ])('reads nothing in "%s"', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads none against a list that is not numbered', () => {
    expect(
      read('Please cite reference 2.', { parenthesised: false, maxNumber: 17, numberedList: false }),
    ).toEqual([]);
  });
});

describe('markers: numbers far past the list', () => {
  const fifteen = { parenthesised: false, maxNumber: 15 };
  it('reads no work cited and not listed from numbers none of which the list reaches, one far past it', () => {
    expect(findMarkers('P_C consists of [85,8128] bytes of random data.', fifteen)).toEqual([]);
    expect(findMarkers('as in [120].', fifteen)).toEqual([]);
  });

  it('keeps numbers just past the list, a bracket with a listed number, and every number when there is no list', () => {
    expect(findMarkers('Cited twice [16], [17].', fifteen).map((m) => m.numbers)).toEqual([[16], [17]]);
    expect(findMarkers('see [3, 85].', fifteen).map((m) => m.numbers)).toEqual([[3, 85]]);
    expect(findMarkers('as in [120].').map((m) => m.numbers)).toEqual([[120]]);
  });
});

describe("markers: AsciiDoc's cross-references and macros", () => {
  it('reads "<<1>>" as a callout of entry 1, and no section of a manual page after "linkgit:"', () => {
    expect(findMarkers('like a NIST study in 2002 <<1>> that said:').map((m) => [m.raw, m.numbers])).toEqual([
      ['<<1>>', [1]],
    ]);
    expect(findMarkers('the packed format described in linkgit:gitformat-pack[5], just like')).toEqual([]);
    expect(findMarkers('see <<intro>> and <<1,the study>>')).toEqual([]);
  });
});

describe('markers: an array declared in a specification', () => {
  it("reads no callout in a C type's length, \"char[5]: 'BBCD\\0'\", and still one against a plain word", () => {
    expect(findMarkers("        char[5]: 'BBCD\\0'            | dirac")).toEqual([]);
    expect(findMarkers('   uint8[32] random; opaque[3] id; u64[2] counters; byte[16] key')).toEqual([]);
    expect(findMarkers('The claim about memory[1] holds.').map((m) => m.numbers)).toEqual([[1]]);
    expect(findMarkers('It held for so long[4] that it became a rule.').map((m) => m.numbers)).toEqual([[4]]);
  });
});

describe('markers: arrays and indexes in sample code', () => {
  it('reads no callout in a declared array or an index compared or assigned, and still one in prose', () => {
    expect(findMarkers('  const char v2sig[12] = "\\x0D\\x0A";')).toEqual([]);
    expect(findMarkers('      uint8_t sig[12];  /* hex */')).toEqual([]);
    expect(findMarkers('  double weights[3];')).toEqual([]);
    expect(findMarkers("  if (!end || end[1] != '\\n')")).toEqual([]);
    expect(findMarkers('The rate x[2] = 0 here.')).toEqual([]);
    expect(findMarkers('that are 300 kb long respectively[5–7]. Some').map((m) => m.numbers)).toEqual([
      [5, 6, 7],
    ]);
    expect(findMarkers('the double helix[3] is well known').map((m) => m.numbers)).toEqual([[3]]);
    expect(findMarkers('carcinoma[5,6].Recent work').map((m) => m.numbers)).toEqual([[5, 6]]);
  });
});

describe('markers: a parenthesis of numbers after a word that may name a place', () => {
  const numbered = { parenthesised: true, maxNumber: 6, numberedList: true };
  it('reads "the MD4 algorithm (2, 4)" as a list of works, "Eq. (2, 4)" and "Algorithm (2)" as places', () => {
    expect(findMarkers('is based upon the MD4 algorithm (2, 4) but', numbered).map((m) => m.numbers)).toEqual(
      [[2, 4]],
    );
    expect(findMarkers('as in Eq. (2, 4) here', numbered)).toEqual([]);
    expect(findMarkers('see equations (2, 4) here', numbered)).toEqual([]);
    expect(findMarkers('see Algorithm (2) here', numbered)).toEqual([]);
  });
});
