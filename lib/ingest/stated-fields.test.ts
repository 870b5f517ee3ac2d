import { describe, expect, it } from 'vitest';
import { parseReferenceEntry } from './reference-entry';
import { withStatedFields } from './stated-fields';

describe('withStatedFields', () => {
  // A title with a full stop in it: the text parser ends it at "Sleep" and takes "Memory" for
  // part of the place; the tags say exactly what each part is.
  const raw = 'Smith J, Lee K (2019) Sleep. Memory. Oxford: Clarendon Press.';

  it('keeps what the tags state over what the text parser reads', () => {
    expect(parseReferenceEntry(raw).title).toBe('Sleep');
    const merged = withStatedFields(parseReferenceEntry(raw), {
      authors: [
        { family: 'Smith', given: 'JA' },
        { family: 'Lee', given: null },
      ],
      year: 2019,
      title: 'Sleep. Memory',
      container: null,
      pages: '10–20',
      doi: '10.1000/ABC',
    });
    expect(merged.authors).toEqual([
      { family: 'Smith', given: 'J. A.' },
      { family: 'Lee', given: null },
    ]);
    expect(merged.title).toBe('Sleep. Memory');
    expect(merged.pages).toBe('10-20');
    expect(merged.doi).toBe('10.1000/abc');
  });

  it('fills in from the text only what the tags leave out', () => {
    const parsed = parseReferenceEntry(raw);
    const merged = withStatedFields(parsed, { title: 'Sleep. Memory', authors: [] });
    expect(merged.publisher).toBe('Clarendon Press');
    expect(merged.place).toBe(parsed.place);
    expect(merged.authors).toEqual(parsed.authors);
    expect(merged.year).toBe(2019);
  });

  it('leaves an entry without stated fields as parsed', () => {
    const parsed = parseReferenceEntry(raw);
    expect(withStatedFields(parsed, undefined)).toBe(parsed);
  });
});
