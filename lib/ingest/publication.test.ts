import { describe, expect, it } from 'vitest';
import { normalisePages, parsePublication } from './publication';

describe('parsePublication', () => {
  it('normalises pages to an ASCII hyphen without spaces', () => {
    expect(normalisePages('358–445')).toBe('358-445');
    expect(normalisePages('190 — 203')).toBe('190-203');
    expect(normalisePages('e593–e601')).toBe('e593-e601');
    expect(normalisePages(undefined)).toBeNull();
  });

  it('reads journals with and without issue or pages', () => {
    expect(parsePublication('Journal of Things, 15(2), 130–146.')).toMatchObject({
      container: 'Journal of Things',
      volume: '15',
      issue: '2',
      pages: '130-146',
    });
    expect(parsePublication('Professional Psychology: Research and Practice, 37, 190-195.')).toMatchObject({
      container: 'Professional Psychology: Research and Practice',
      volume: '37',
      issue: null,
    });
    expect(parsePublication('Harvard Business Review, 93.')).toMatchObject({ volume: '93', pages: null });
    expect(parsePublication('The Family Journal.')).toMatchObject({
      container: 'The Family Journal',
      publisher: null,
    });
  });

  it('reads books with and without a place', () => {
    expect(parsePublication('New York: Simon & Schuster.')).toMatchObject({
      place: 'New York',
      publisher: 'Simon & Schuster',
    });
    expect(parsePublication('WW Norton & Company.')).toMatchObject({
      place: null,
      publisher: 'WW Norton & Company',
    });
    expect(parsePublication('')).toMatchObject({ container: null, publisher: null, chapter: false });
  });
});
