import { describe, expect, it } from 'vitest';
import type { Block } from './blocks';
import { humaniseSlug, takeTitle } from './title';

const heading = (text: string, level: number): Block => ({ type: 'heading', text, line: 1, level });
const paragraph: Block = { type: 'paragraph', text: 'Text.', line: 3 };

describe('takeTitle', () => {
  it('humanises the slug', () => {
    expect(humaniseSlug('emotionally-unavailable-men')).toBe('Emotionally unavailable men');
  });

  it('prefers the explicit title, then a first-line "# " heading, then the slug', () => {
    expect(takeTitle([heading('Doc', 1), paragraph], 'a-b', 'Given')).toEqual({
      title: 'Given',
      blocks: [paragraph],
    });
    expect(takeTitle([heading('Doc', 1), paragraph], 'a-b')).toEqual({ title: 'Doc', blocks: [paragraph] });
    const second = heading('Section', 2);
    expect(takeTitle([second, paragraph], 'a-b')).toEqual({ title: 'A b', blocks: [second, paragraph] });
  });
});
