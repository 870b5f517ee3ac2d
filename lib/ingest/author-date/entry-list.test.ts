import { describe, expect, it } from 'vitest';
import { authorDateEntries } from './entry-list';

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, number: i + 1 }));
const firstWords = (texts: string[]) =>
  authorDateEntries(lines(...texts), 0, texts.length).map((e) => e.raw.split(/[ ,]/, 1)[0]);

describe('an unnumbered author–date list', () => {
  it('reads one entry a line, without blank lines between them', () => {
    expect(firstWords(['Lee, K. (2018). Naps. Sleep, 2, 1-9.', 'Smith, J. (2020). One. J, 1, 1-2.'])).toEqual(
      ['Lee', 'Smith'],
    );
  });

  it('starts an entry whose year comes after a long list of authors', () => {
    const many = Array.from({ length: 40 }, (_, i) => `Author${String.fromCharCode(65 + (i % 26))}, A.`).join(
      ', ',
    );
    const texts = [
      'Lee, K. (2018). Naps. Sleep, 2, 1-9.',
      `Many, B., ${many}, & Last, C. (2019). A title. J, 1, 1.`,
    ];
    expect(texts[1]?.indexOf('(2019)')).toBeGreaterThan(400);
    expect(firstWords(texts)).toEqual(['Lee', 'Many']);
  });

  it('keeps an entry that does not start with a name when most entries do', () => {
    expect(
      firstWords([
        '14CHRONO Centre of the Queen’s University of Belfast (2014). Radiocarbon calibration.',
        'Bassnett, S., & Beebe, D. C. (1992). Loss of nuclei. Developmental Dynamics, 194, 85–93.',
        'Bergmann, O. (2009). Cardiomyocyte renewal. Science, 324, 98–102.',
        'Borchman, D. (1994). Lens membranes. IOVS, 35, 3938–3942.',
        'Dawidowicz, E. A. (1987). Membrane lipids. Annual Review, 56, 43–61.',
      ]),
    ).toEqual(['14CHRONO', 'Bassnett', 'Bergmann', 'Borchman', 'Dawidowicz']);
  });

  it('continues a wrapped entry and reads no list in prose', () => {
    const wrapped = authorDateEntries(
      lines('Lee, K. (2018). Naps in the', 'afternoon. Sleep, 2, 1-9.'),
      0,
      2,
    );
    expect(wrapped.map((e) => e.raw)).toEqual(['Lee, K. (2018). Naps in the\nafternoon. Sleep, 2, 1-9.']);
    expect(
      authorDateEntries(lines('See the notes of the first chapter.', '', 'And the second one.'), 0, 3),
    ).toEqual([]);
  });
});

describe('an unnumbered author–date list grouped by topic, as a plain-text README types it', () => {
  const grouped = [
    '-> Hotspotting:',
    '',
    'Lind, K., and B. Okafor, 1997, A geometric technique for relocating',
    '   hotspots, Nature, 387, 365-369.',
    'Lind, K., and B. Okafor, 1998, Hotspotting called into question',
    '   - Reply, Nature, 396, 127-128.',
    '',
    'Seamount data set:',
    '',
    'Moreau, P., 1997, Sizes and ages of seamounts, Science, 277, 802-805.',
    'Lind and Okafor, 1997, (see above)',
    '',
    '-> Hotspot list',
    '',
    'Zhou, A., 1992, Periodic hotspot distribution, EPSL, 109, 107-116.',
  ];

  it("skips the groups' labels, keeps a dash that wraps a title, and drops an entry that points back", () => {
    const entries = authorDateEntries(lines(...grouped), 0, grouped.length);
    expect(entries.map((e) => [e.number, e.raw.slice(0, 22)])).toEqual([
      [1, 'Lind, K., and B. Okafo'],
      [2, 'Lind, K., and B. Okafo'],
      [3, 'Moreau, P., 1997, Size'],
      [4, 'Zhou, A., 1992, Period'],
    ]);
    expect(entries[1]?.raw).toContain('- Reply, Nature, 396');
  });

  it('keeps "(see above)" as an entry when no entry above has those names and year', () => {
    const alone = [
      'Moreau, P., 1997, Sizes and ages of seamounts, Science, 277, 802-805.',
      'Lind and Okafor, 1997, (see above)',
    ];
    expect(firstWords(alone)).toEqual(['Moreau', 'Lind']);
  });
});

describe('an unnumbered author–date list: a wrapped line ending with an open word', () => {
  it('goes on after a preposition, an article or a conjunction, though the next line opens "Name, year"', () => {
    const entries = authorDateEntries(
      lines(
        '   Green, R.M., "Spherical Astronomy", Cambridge University Press,',
        '   1987.',
        '',
        '   IAG Resolutions adopted at the XXIIth General Assembly in',
        '   Birmingham, 1999, Resolution 3.',
        '',
        '   Stone, Ronald C., P.A.S.P. 108, 1051-1058, 1996.',
      ),
      0,
      7,
    );
    expect(entries.map((e) => e.raw.replace(/\n/g, ' '))).toEqual([
      'Green, R.M., "Spherical Astronomy", Cambridge University Press, 1987.',
      'IAG Resolutions adopted at the XXIIth General Assembly in Birmingham, 1999, Resolution 3.',
      'Stone, Ronald C., P.A.S.P. 108, 1051-1058, 1996.',
    ]);
  });

  it('still starts an entry on the next line after one that ends with a full stop', () => {
    expect(
      firstWords(['Hale, J. (2001). On growth in.', 'Birmingham, K. (1999). Resolutions. J, 1, 1.']),
    ).toEqual(['Hale', 'Birmingham']);
  });
});
