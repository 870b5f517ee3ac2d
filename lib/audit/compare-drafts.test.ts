import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '@/lib/ingest/parse-article';
import { draftComparisonSchema } from '@/lib/schemas/draft-comparison';
import { auditArticle } from './audit-article';
import { compareDrafts } from './compare-drafts';
import { jaccard, matchSentences } from './match-sentences';

/*
 * tests/fixtures/drafts, written by hand. From sleep-old to sleep-new:
 * - "Sleep consolidates memory." is unchanged, though its reference moved from [1] to [2];
 * - "Athletes who sleep longer sprint faster." is reworded ("much" added: 6 of 7 words shared),
 *   and still cites Mah et al., now [1] instead of [2];
 * - "Naps help everyone." is unchanged but gained a citation, the new [3] (Dhand and Sohal);
 * - "Caffeine masks fatigue…" is removed, and with it its reference, the old [3] (Smith);
 * - "Screens before bed delay sleep." is added, with its reference, the new [4] (Chang et al.);
 * - coverage goes from 3 of 4 claims (the uncited "Naps help everyone.") to 4 of 4.
 */
const audit = (name: string) =>
  auditArticle(parseArticle(readFileSync(`tests/fixtures/drafts/${name}.valid.md`, 'utf8'), { slug: name }));

describe('compareDrafts on two drafts of one article', () => {
  const diff = draftComparisonSchema.parse(compareDrafts(audit('sleep-old'), audit('sleep-new')));
  const texts = (xs: { text: string }[]) => xs.map((x) => x.text);

  it('finds the added, removed and reworded sentences, the rest unchanged', () => {
    expect(texts(diff.claims.added)).toEqual(['Screens before bed delay sleep.[4]']);
    expect(texts(diff.claims.removed)).toEqual(['Caffeine masks fatigue but not its costs.[3]']);
    expect(diff.claims.reworded.map((r) => [r.old.text, r.new.text, r.similarity])).toEqual([
      [
        'Athletes who sleep longer sprint faster.[2]',
        'Athletes who sleep longer sprint much faster.[1]',
        0.86,
      ],
    ]);
    expect(diff.claims.unchanged).toBe(2);
  });

  it('compares citations by the work cited, not the number', () => {
    expect(diff.claims.citations_changed.map((c) => [c.new.text, c.gained, c.lost])).toEqual([
      ['Naps help everyone.[3]', [3], []],
    ]);
  });

  it('lists the references added and removed, by their own numbers', () => {
    expect(diff.references.added.map((r) => r.number)).toEqual([3, 4]);
    expect(diff.references.added[0]?.raw).toMatch(/^\[3\] Dhand, R\./);
    expect(diff.references.removed.map((r) => r.number)).toEqual([3]);
    expect(diff.references.removed[0]?.raw).toMatch(/^\[3\] Smith, A\./);
  });

  it('gives coverage before and after', () => {
    expect(diff.coverage).toEqual({
      before: { claims: 4, backed: 3, coverage: 0.75 },
      after: { claims: 4, backed: 4, coverage: 1 },
    });
  });

  it('finds nothing changed between a draft and itself', () => {
    const same = compareDrafts(audit('sleep-new'), audit('sleep-new'));
    expect([
      same.claims.added,
      same.claims.removed,
      same.claims.reworded,
      same.claims.citations_changed,
    ]).toEqual([[], [], [], []]);
    expect(same.claims.unchanged).toBe(4);
  });
});

describe('matchSentences', () => {
  it('measures shared distinct words over all distinct words', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBe(0.5);
  });

  it('pairs a rewording only when at least half the words are shared, each sentence once', () => {
    const m = matchSentences(
      ['Men withdraw when pressed.', 'Stress raises cortisol levels.'],
      [
        'Men often withdraw when pressed.',
        'Cortisol rises in the evening.',
        'Men withdraw when pressed hard.',
      ],
      (t) => t,
    );
    // "Men often withdraw when pressed." shares 4 of 5 words, as does "…pressed hard."; the nearer wins.
    expect(m.reworded.map((r) => [r.old, r.new])).toEqual([
      ['Men withdraw when pressed.', 'Men often withdraw when pressed.'],
    ]);
    // "Cortisol rises in the evening." shares 1 of 8 words with the stress sentence: no rewording.
    expect(m.removed).toEqual(['Stress raises cortisol levels.']);
    expect(m.added).toEqual(['Cortisol rises in the evening.', 'Men withdraw when pressed hard.']);
  });
});
