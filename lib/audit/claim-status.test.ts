import { describe, expect, it } from 'vitest';
import { claimStatus, coverage, needsEvidence } from './claim-status';

const listed = new Set([1, 2, 3]);

describe('claimStatus', () => {
  it('calls an assertion whose numbers are all listed backed', () => {
    expect(claimStatus({ kind: 'assertion', cites: [1, 2] }, listed)).toBe('backed');
  });
  it('tells partly unlisted from unlisted only', () => {
    expect(claimStatus({ kind: 'assertion', cites: [2, 16] }, listed)).toBe('partly_unlisted');
    expect(claimStatus({ kind: 'assertion', cites: [16, 17] }, listed)).toBe('unlisted_only');
  });
  it('calls an assertion without markers uncited', () => {
    expect(claimStatus({ kind: 'assertion', cites: [] }, listed)).toBe('uncited');
  });
  it('needs no evidence for questions, framing text and uncited advice', () => {
    expect(claimStatus({ kind: 'question', cites: [] }, listed)).toBe('not_a_claim');
    expect(claimStatus({ kind: 'other', cites: [] }, listed)).toBe('not_a_claim');
    expect(claimStatus({ kind: 'advice', cites: [] }, listed)).toBe('not_a_claim');
  });
  it('checks the evidence of any sentence that offers some, advice included', () => {
    expect(needsEvidence({ kind: 'advice', cites: [12] })).toBe(true);
    expect(claimStatus({ kind: 'advice', cites: [12] }, new Set([12]))).toBe('backed');
    expect(claimStatus({ kind: 'question', cites: [16] }, listed)).toBe('unlisted_only');
  });
});

describe('coverage', () => {
  it('is backed over claims, rounded to four places', () => {
    expect(coverage(2, 3)).toBe(0.6667);
    expect(coverage(0, 4)).toBe(0);
  });
  it('is complete when nothing needs evidence', () => {
    expect(coverage(0, 0)).toBe(1);
  });
});
