import { describe, expect, it } from 'vitest';
import { auditArticle } from '@/lib/audit/audit-article';
import { makeDocument } from '@/lib/audit/test-document';
import { layoutArticle, segments } from './layout-blocks';

describe('layoutArticle', () => {
  it('rebuilds paragraphs and lists from paragraph and block', () => {
    const doc = makeDocument({
      sections: ['Intro', 'Signs'],
      claims: [
        'A.',
        'B.',
        { text: 'C.', section: 1 },
        { text: 'D.', section: 1 },
        { text: 'E.', section: 1 },
      ],
    });
    // A and B share a paragraph; C and D are bullets; E a paragraph.
    const claims = doc.claims.map((c, i) => ({
      ...c,
      paragraph: [0, 0, 1, 2, 3][i] as number,
      block: (['paragraph', 'paragraph', 'bullet', 'bullet', 'paragraph'] as const)[i] ?? 'paragraph',
    }));
    const layout = layoutArticle(auditArticle({ ...doc, claims }));
    expect(layout.map((s) => s.title)).toEqual(['Intro', 'Signs']);
    expect(layout[0]?.blocks.map((b) => [b.kind, b.items.map((i) => i.map((c) => c.text))])).toEqual([
      ['paragraph', [['A.', 'B.']]],
    ]);
    expect(layout[1]?.blocks.map((b) => [b.kind, b.items.map((i) => i.map((c) => c.text))])).toEqual([
      ['bullet', [['C.'], ['D.']]],
      ['paragraph', [['E.']]],
    ]);
  });
});

describe('segments', () => {
  it('cuts a sentence at its markers', () => {
    const [claim] = makeDocument({ claims: ['Men withdraw.[1] [2] Then.'] }).claims;
    expect(
      segments(claim as NonNullable<typeof claim>).map((s) => [s.text, s.marker?.numbers ?? null]),
    ).toEqual([
      ['Men withdraw.', null],
      ['[1]', [1]],
      [' ', null],
      ['[2]', [2]],
      [' Then.', null],
    ]);
  });
});
