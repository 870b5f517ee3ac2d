import { describe, expect, it } from 'vitest';
import { auditArticle } from './audit-article';
import { claimNotes } from './claim-notes';
import { makeDocument, work } from './test-document';

const doc = makeDocument({
  claims: [
    'Research shows 40% of men withdraw because of shame.',
    'Couples who bicker about chores split sooner.[1]',
    'Men learn to hide feelings as boys.[2]',
    { text: 'Are you dating an emotionally unavailable man?', kind: 'question' },
  ],
  listed: [work(1, { title: 'Why marriages succeed or fail' }), work(2, { title: 'Boys hide feelings' })],
});
const report = auditArticle(doc);
const id = (n: number) => doc.claims[n]?.id ?? '';

describe('claimNotes', () => {
  it('gives the risk cues of an uncited claim as words', () => {
    expect(claimNotes(report, id(0))?.riskReasons).toEqual(
      expect.arrayContaining(['appeals to research', 'states a percentage', 'makes a causal claim']),
    );
  });

  it('names the cited title that shares nothing with the sentence', () => {
    const notes = claimNotes(report, id(1));
    expect(notes?.mismatches).toHaveLength(1);
    expect(notes?.mismatches[0]).toContain('[1] “Why marriages succeed or fail”');
    expect(notes?.mismatches[0]).toContain('worth checking');
  });

  it('has no mismatch where claim and title share words, and no cues for text needing no evidence', () => {
    expect(claimNotes(report, id(2))?.mismatches).toEqual([]);
    expect(claimNotes(report, id(3))).toEqual({ riskReasons: [], mismatches: [] });
  });

  it('is null for a claim the report does not hold', () => {
    expect(claimNotes(report, 'nope')).toBeNull();
  });
});
