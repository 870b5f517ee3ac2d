import { describe, expect, it } from 'vitest';
import { normaliseInitials, parseAuthors } from './authors';

describe('parseAuthors', () => {
  it('reads APA bylines with "&" and "and"', () => {
    expect(parseAuthors('Levant, R. F. & Richmond, K.')).toEqual([
      { family: 'Levant', given: 'R. F.' },
      { family: 'Richmond', given: 'K.' },
    ]);
    expect(parseAuthors('Gottman, J. M., and Levenson, R. W.')).toEqual([
      { family: 'Gottman', given: 'J. M.' },
      { family: 'Levenson', given: 'R. W.' },
    ]);
  });

  it('reads six authors including a sloppy "Cressen J."', () => {
    const authors = parseAuthors('Way, N., Cressen J., Bodian, S., Preston, J., Nelson, J. & Hughes, D.');
    expect(authors.map((a) => `${a.family}|${a.given}`)).toEqual([
      'Way|N.',
      'Cressen|J.',
      'Bodian|S.',
      'Preston|J.',
      'Nelson|J.',
      'Hughes|D.',
    ]);
  });

  it('reads given-first names, corporate authors and drops "et al."', () => {
    expect(parseAuthors('Smith, J., and Jane Doe')).toEqual([
      { family: 'Smith', given: 'J.' },
      { family: 'Doe', given: 'Jane' },
    ]);
    expect(parseAuthors('American Psychological Association.')).toEqual([
      { family: 'American Psychological Association.', given: null },
    ]);
    expect(parseAuthors('Levant, R. F., et al.')).toEqual([{ family: 'Levant', given: 'R. F.' }]);
    expect(parseAuthors('')).toEqual([]);
  });

  it('reads BibTeX plain bylines: dotted initials first, a generation after a comma, two full names', () => {
    const families = (byline: string) => parseAuthors(byline).map((a) => a.family);
    expect(families('J.G. Wetmur')).toEqual(['Wetmur']);
    expect(families('M. D. Frank-Kamenetskii')).toEqual(['Frank-Kamenetskii']);
    expect(families('RD. Blake')).toEqual(['Blake']);
    expect(families('M.T. Record, Jr')).toEqual(['Record']);
    expect(families('Norman E. Watkins, Jr, William J. Kennely, and Astrid Tuin')).toEqual([
      'Watkins',
      'Kennely',
      'Tuin',
    ]);
    expect(families('J. SantaLucia, Jr, H.T. Allawi, and P.A. Seneviratne')).toEqual([
      'SantaLucia',
      'Allawi',
      'Seneviratne',
    ]);
    expect(families('Zhi-Jie Tan and Shi-Jie Chen')).toEqual(['Tan', 'Chen']);
    // Still inverted when the first name is a family name alone, particles and all.
    expect(parseAuthors('van der Berg, Anna, and John Smith')).toEqual([
      { family: 'van der Berg', given: 'Anna' },
      { family: 'Smith', given: 'John' },
    ]);
    // One token without dotted initials is still a body.
    expect(families('IBM Research')).toEqual(['IBM Research']);
  });

  it('normalises initials to "R. F."', () => {
    expect(normaliseInitials('R.F.')).toBe('R. F.');
    expect(normaliseInitials('RF')).toBe('R. F.');
    expect(normaliseInitials('J. - P.')).toBe('J.-P.');
  });
});
