import { describe, expect, it } from 'vitest';
import { claimStatus } from './status';

describe('claimStatus', () => {
  it('is backed when every cited number is listed', () => {
    expect(claimStatus('assertion', [{ listed: true }, { listed: true }])).toBe('backed');
  });
  it('is unlisted when any cited number has no listed reference', () => {
    expect(claimStatus('assertion', [{ listed: true }, { listed: false }])).toBe('unlisted');
  });
  it('is uncited for an assertion or advice without citations, exempt for a question', () => {
    expect(claimStatus('assertion', [])).toBe('uncited');
    expect(claimStatus('advice', [])).toBe('uncited');
    expect(claimStatus('question', [])).toBe('exempt');
    expect(claimStatus('other', [])).toBe('exempt');
  });
});
