import { describe, expect, it } from 'vitest';
import { formatApa, type WorkFields } from './apa';

const base: WorkFields = {
  id: 'w',
  title: null,
  year: null,
  kind: 'article',
  container: null,
  volume: null,
  issue: null,
  pages: null,
  publisher: null,
  place: null,
  doi: null,
  authors: [],
};

describe('formatApa', () => {
  it('formats a journal article with italic journal and volume', () => {
    const ref = formatApa({
      ...base,
      title: 'Gender differences in alexithymia',
      year: 2009,
      container: 'Psychology of Men & Masculinity',
      volume: '10',
      issue: '3',
      pages: '190–203',
      authors: [
        { family: 'Levant', given: 'R. F.' },
        { family: 'Hall', given: 'R. J.' },
      ],
    });
    expect(ref?.text).toBe(
      'Levant, R. F., & Hall, R. J. (2009). Gender differences in alexithymia. Psychology of Men & Masculinity, 10(3), 190–203.',
    );
    expect(ref?.runs.filter((r) => r.italic).map((r) => r.text)).toEqual([
      'Psychology of Men & Masculinity',
      '10',
    ]);
  });
  it('formats a book with its title in italics', () => {
    const ref = formatApa({
      ...base,
      kind: 'book',
      title: 'Why marriages succeed or fail',
      year: 1994,
      publisher: 'Simon & Schuster',
      place: 'New York',
      authors: [{ family: 'Gottman', given: 'J.' }],
    });
    expect(ref?.text).toContain('Gottman, J. (1994). Why marriages succeed or fail.');
    expect(ref?.runs.find((r) => r.italic)?.text).toBe('Why marriages succeed or fail');
  });
  it('gives nothing for a work without a title (a number cited but never listed)', () => {
    expect(formatApa(base)).toBeNull();
  });
  it('formats a work again when any of its fields change, even under the same id', () => {
    const work: WorkFields = {
      ...base,
      id: 'w-kept',
      title: 'Attachment in adulthood',
      year: 2007,
      authors: [{ family: 'Mikulincer', given: 'M.' }],
    };
    const first = formatApa(work);
    expect(formatApa({ ...work })).toEqual(first);
    expect(formatApa({ ...work, year: 2016 })?.text).toContain('(2016)');
    expect(formatApa({ ...work, authors: [{ family: 'Shaver', given: 'P. R.' }] })?.text).toMatch(/^Shaver/);
    expect(formatApa(work)?.text).toContain('Mikulincer, M. (2007)');
  });
  it('hands out a reference no caller can change for the next one', () => {
    const ref = formatApa({
      ...base,
      title: 'Shared and frozen',
      year: 2001,
      authors: [{ family: 'Doe', given: null }],
    });
    expect(Object.isFrozen(ref)).toBe(true);
    expect(Object.isFrozen(ref?.runs)).toBe(true);
    expect(ref?.runs.every((r) => Object.isFrozen(r))).toBe(true);
  });
});
