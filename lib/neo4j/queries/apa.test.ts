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
});
