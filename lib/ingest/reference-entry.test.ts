import { describe, expect, it } from 'vitest';
import { entryText, parseReferenceEntry, splitTitle } from './reference-entry';

describe('parseReferenceEntry', () => {
  it('reads a journal article with a DOI', () => {
    expect(
      parseReferenceEntry(
        '[3] Levant, R. F., & Hall, R. J. (2009). Gender differences in alexithymia. Psychology of Men & Masculinity, 10(3), 190 – 203. https://doi.org/10.1037/A0015636.',
      ),
    ).toMatchObject({
      year: 2009,
      title: 'Gender differences in alexithymia',
      kind: 'article',
      container: 'Psychology of Men & Masculinity',
      volume: '10',
      issue: '3',
      pages: '190-203',
      doi: '10.1037/a0015636',
    });
  });

  it('reads a book with place and publisher, and one with a publisher only', () => {
    expect(
      parseReferenceEntry('Gottman, J. (1994). Why marriages succeed or fail. New York: Simon & Schuster.'),
    ).toMatchObject({
      kind: 'book',
      place: 'New York',
      publisher: 'Simon & Schuster',
      container: null,
    });
    expect(parseReferenceEntry('Wexler, D. B. (2009). Men in therapy. WW Norton & Company.')).toMatchObject({
      kind: 'book',
      place: null,
      publisher: 'WW Norton & Company',
    });
  });

  it('reads a chapter in an edited book', () => {
    expect(
      parseReferenceEntry(
        'Pleck, J. H. (1995). The gender role strain paradigm. In R. F. Levant & W. S. Pollack (Eds.), A new psychology of men (pp. 11–32). New York: Basic Books.',
      ),
    ).toMatchObject({
      kind: 'chapter',
      title: 'The gender role strain paradigm',
      container: 'A new psychology of men',
      pages: '11-32',
      place: 'New York',
      publisher: 'Basic Books',
    });
  });

  it('reads Chicago and Vancouver styles', () => {
    expect(
      parseReferenceEntry(
        'Levant, Ronald F. 2011. “Research in the Psychology of Men.” American Psychologist 66 (8): 765–776.',
      ),
    ).toMatchObject({
      authors: [{ family: 'Levant', given: 'Ronald F.' }],
      year: 2011,
      title: 'Research in the Psychology of Men',
      container: 'American Psychologist',
      volume: '66',
      issue: '8',
      pages: '765-776',
    });
    expect(
      parseReferenceEntry(
        'Neff KD, Beretvas SN. The role of self-compassion. Self Identity. 2013;12(1):78-98.',
      ),
    ).toMatchObject({
      year: 2013,
      container: 'Self Identity',
      volume: '12',
      issue: '1',
      pages: '78-98',
      kind: 'article',
    });
  });

  it('leaves missing fields null and says what it is not sure of', () => {
    const noYear = parseReferenceEntry('Smith, J. A. Untitled notes on men. Journal of Things, 4(2).');
    expect(noYear).toMatchObject({
      year: null,
      title: 'Untitled notes on men',
      container: 'Journal of Things',
      pages: null,
    });
    expect(noYear.authors).toEqual([{ family: 'Smith', given: 'J. A.' }]);
    const web = parseReferenceEntry(
      'Mayo Clinic (n.d.). Narcissistic personality disorder. https://www.mayoclinic.org/npd',
    );
    expect(web).toMatchObject({ year: null, kind: 'web', url: 'https://www.mayoclinic.org/npd' });
  });

  it('ends the title at the first full stop outside quotes', () => {
    expect(splitTitle('“A girl… Then you wouldn’t”: Boys. Journal, 1, 2-3.')).toEqual({
      title: '“A girl… Then you wouldn’t”: Boys',
      tail: 'Journal, 1, 2-3.',
    });
    expect(splitTitle('Why do men withdraw? Journal, 1.')).toEqual({
      title: 'Why do men withdraw?',
      tail: 'Journal, 1.',
    });
  });

  it('strips the entry number and joins continuation lines', () => {
    expect(entryText('12) Way, N.\n   (2014). Title.')).toBe('Way, N. (2014). Title.');
    expect(entryText('[^4]: Note text')).toBe('Note text');
  });
});
