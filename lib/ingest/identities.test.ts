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

  it('forms work ids from the DOI, else from author, year and title', () => {
    const base = { doi: null, firstAuthorFamily: 'Levant', year: 2009, raw: 'x' };
    expect(workId({ ...base, title: 'Gender differences in alexithymia' })).toBe(
      'work:levant-2009-gender-differences-in-alexithymia',
    );
    expect(workId({ ...base, title: 'GENDER DIFFERENCES IN ALEXITHYMIA.' })).toBe(
      workId({ ...base, title: 'Gender differences in alexithymia' }),
    );
    expect(workId({ ...base, title: 'x', doi: '10.1037/A0015636' })).toBe('work:doi:10.1037/a0015636');
    expect(workId({ ...base, firstAuthorFamily: null, year: null, title: 'The title' })).toBe(
      'work:anon-nd-title',
    );
    const long = workId({ ...base, title: 'word '.repeat(40) });
    expect(long.length).toBeLessThan(90);
    expect(long.endsWith('-word')).toBe(true);
  });

  it('scopes unlisted works to the article', () => {
    expect(unlistedWorkId('emotionally-unavailable-men', 16)).toBe('emotionally-unavailable-men/ref16');
    expect(keyOf('Men’s Studies!')).toBe('mens-studies');
  });
});
