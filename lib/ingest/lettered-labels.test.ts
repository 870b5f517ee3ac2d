import { describe, expect, it } from 'vitest';
import { calloutFinder } from './callouts';
import { findReferenceList } from './reference-list';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, number: i + 1 }));

const text = `Packed matching is studied by Ben-Kiki et al. [2] and by Bille [3].
Their first paper [4a] is refined in [4b; 4a], and [9] is not listed.

# References

- **[1]** Hyperscan on GitHub, https://github.com/intel/hyperscan
- **[2a]** Ben-Kiki, O., & Weimann, O. (2011).
    Optimal packed string matching. FSTTCS.
- **[2b]** Ben-Kiki, O., & Weimann, O. (2014). Towards optimal packed string matching. TCS, 525, 111-129.
- **[3]** Bille, P. (2011). Fast searching in packed strings. JDA, 9(1), 49-56.
- **[4a]** Faro, S., & Külekci, M. O. (2012). Fast multiple string matching using SSE.
- **[4b]** Faro, S., & Külekci, M. O. (2013). Fast packed string matching. SEA.
`;

describe('a list whose labels carry letters', () => {
  const list = findReferenceList(lines(text));

  it('reads bold labels in bullets, numbers the entries by place and keeps each label in its text', () => {
    expect(list?.entries.map((e) => [e.number, e.raw.split(' ', 2).join(' ')])).toEqual([
      [1, '- [1]'],
      [2, '- [2a]'],
      [3, '- [2b]'],
      [4, '- [3]'],
      [5, '- [4a]'],
      [6, '- [4b]'],
    ]);
    expect(list?.entries[1]?.raw).toContain('Optimal packed string matching');
  });

  it('links callouts by label: a group label cites its lettered works, an unknown label is not listed', () => {
    const body = text.split('\n\n#')[0] as string;
    const find = calloutFinder(list?.entries ?? [], [{ text: body }]);
    expect(find(body).map((m) => [m.raw, m.numbers])).toEqual([
      ['[2]', [2, 3]],
      ['[3]', [4]],
      ['[4a]', [5]],
      ['[4b; 4a]', [6, 5]],
      ['[9]', [7]],
    ]);
  });

  it('leaves a list without lettered labels numbered by its labels', () => {
    const plain = findReferenceList(
      lines('Body [2].\n\nReferences\n\n[1] One, A. (2001). T.\n[2] Two, B. (2002). T.'),
    );
    expect(plain?.entries.map((e) => e.number)).toEqual([1, 2]);
  });
});
