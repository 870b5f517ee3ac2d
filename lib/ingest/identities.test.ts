import { describe, expect, it } from 'vitest';
import { authorId, keyOf, unlistedWorkId, venueId, workId } from './identities';

describe('identities', () => {
  it('forms author ids from family name and first initial', () => {
    expect(authorId('Gottman', 'J.')).toBe('author:gottman-j');
    expect(authorId('Gottman', 'J. M.')).toBe('author:gottman-j');
    expect(authorId('O’Neil', 'J. M.')).toBe('author:oneil-j');
    expect(authorId('Müller', null)).toBe('author:muller');
  });

  it('keeps an author id short however long the family name a malformed entry gives', () => {
    const id = authorId('word '.repeat(5000), 'J.');
    expect(id.length).toBeLessThan(100);
    expect(id).toMatch(/^author:word-word-.*-j$/);
  });

  it('folds case, punctuation, "&"/"and" and a leading "The" in venue ids', () => {
    expect(venueId('Psychology of Men & Masculinity')).toBe('venue:psychology-of-men-masculinity');
    expect(venueId('psychology of men and masculinity')).toBe('venue:psychology-of-men-masculinity');
    expect(venueId('Journal of Social and Clinical Psychology')).toBe(
      venueId('Journal of Social & Clinical Psychology'),
    );
    expect(venueId('The Family Journal')).toBe('venue:family-journal');
  });

  it('forms work ids from the DOI, else from the normalised entry text', () => {
    const raw =
      'Levant, R. F., et al. (2009). Gender differences in alexithymia. Psychology of Men & Masculinity, 10(3), 190–203.';
    const id = workId({ doi: null, raw });
    expect(id).toMatch(/^work:levant-r-f-et-al-2009-gender-differences-in-alexithymia-[0-9a-f]{8}$/);
    // Case, quotes, dashes and spacing do not matter: the same entry typed again meets the first.
    expect(workId({ doi: null, raw: raw.toUpperCase().replace('–', '-').replace(/ /g, '  ') })).toBe(id);
    // Another work whose first 60 characters agree stays apart.
    expect(workId({ doi: null, raw: raw.replace('190–203', '204–210') })).not.toBe(id);
    expect(workId({ doi: '10.1037/A0015636', raw })).toBe('work:doi:10.1037/a0015636');
    expect(workId({ doi: null, raw: '…' })).toBe('work:untitled');
    expect(workId({ doi: null, raw: 'word '.repeat(400) }).length).toBeLessThan(80);
  });

  it('does not change a work id when the entry parser reads the entry differently', () => {
    // The key takes no parsed field: only the DOI (found by its own pattern) and the raw text.
    const raw = 'Smith J, Jones K. Sleep and memory. Nature. 2004;427:352-5.';
    expect(workId({ doi: null, raw })).toBe(workId({ doi: null, raw: `${raw} ` }));
  });

  it('scopes unlisted works to the article', () => {
    expect(unlistedWorkId('emotionally-unavailable-men', 16)).toBe('emotionally-unavailable-men/ref16');
    expect(keyOf('Men’s Studies!')).toBe('mens-studies');
  });
});
