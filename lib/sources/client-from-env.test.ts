import { describe, expect, it } from 'vitest';
import { crossrefLimits } from './client-from-env';

describe("Crossref's published limits", () => {
  const none = { CLAIMTRACE_CROSSREF_RATE: undefined, CLAIMTRACE_CROSSREF_CONCURRENCY: undefined };

  it('are the polite pool with a contact address and the public pool without', () => {
    expect(crossrefLimits({ ...none, CLAIMTRACE_CONTACT_EMAIL: 'editor@example.org' })).toEqual({
      concurrency: 3,
      lookupsPerSecond: 10,
      searchesPerSecond: 3,
    });
    expect(crossrefLimits({ ...none, CLAIMTRACE_CONTACT_EMAIL: undefined })).toEqual({
      concurrency: 1,
      lookupsPerSecond: 5,
      searchesPerSecond: 1,
    });
  });

  it('give way to the variables, searches keeping 3/10 of the rate', () => {
    expect(
      crossrefLimits({
        CLAIMTRACE_CONTACT_EMAIL: undefined,
        CLAIMTRACE_CROSSREF_RATE: 20,
        CLAIMTRACE_CROSSREF_CONCURRENCY: 4,
      }),
    ).toEqual({ concurrency: 4, lookupsPerSecond: 20, searchesPerSecond: 6 });
  });
});
